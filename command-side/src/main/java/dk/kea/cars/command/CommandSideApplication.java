package dk.kea.cars.command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The command side on its own: aggregates and the write API, against MySQL and Axon Server. */
// Boot's /error page answers Tomcat-level errors with its own JSON; the ErrorReportValve writes problems instead
@SpringBootApplication(exclude = ErrorMvcAutoConfiguration.class)
public class CommandSideApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommandSideApplication.class, args);
    }
}
