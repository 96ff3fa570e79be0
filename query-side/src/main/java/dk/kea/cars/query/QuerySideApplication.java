package dk.kea.cars.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Runs the employee read model (query-side) alone; standalone leaves this class out and scans the package. */
// Boot's /error page answers Tomcat-level errors with its own JSON; the ErrorReportValve writes problems instead
@SpringBootApplication(exclude = ErrorMvcAutoConfiguration.class)
public class QuerySideApplication {

    public static void main(String[] args) {
        SpringApplication.run(QuerySideApplication.class, args);
    }
}
