package dk.kea.cars;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * All four services in one JVM on one port, with embedded stores: the default a newcomer runs and most tests use.
 * It scans every service's package but leaves out their own {@code *Application} classes, so each service brings
 * exactly the beans it brings when it runs alone.
 */
@SpringBootConfiguration
// Boot's /error page answers Tomcat-level errors with its own JSON; the ErrorReportValve writes problems instead
@EnableAutoConfiguration(exclude = ErrorMvcAutoConfiguration.class)
@ComponentScan(basePackages = "dk.kea.cars", excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.REGEX,
                pattern = "dk\\.kea\\.cars\\.(command|query|auth|publicquery)\\.[A-Za-z]+Application"),
        // the platform's beans come from its auto-configurations, once, as in every service
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "dk\\.kea\\.cars\\.platform\\..*")})
public class StandaloneApplication {

    public static void main(String[] args) {
        SpringApplication.run(StandaloneApplication.class, args);
    }
}
