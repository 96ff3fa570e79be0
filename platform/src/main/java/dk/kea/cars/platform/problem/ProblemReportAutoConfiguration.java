package dk.kea.cars.platform.problem;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * Every error of every service is a problem with the request's correlation id (spec §8): Tomcat's own error report
 * replaced ({@link ProblemErrorReportInstaller}) and the id added to every problem a handler returns
 * ({@link ProblemCorrelation}), undecodable parameters as 400 ({@link UndecodableParameterProblems}) and failures no
 * controller is behind as typed problems ({@link FallbackProblems}). One of each per server, also where the four
 * services share one (standalone).
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ProblemReportAutoConfiguration {

    @Bean
    public ProblemErrorReportInstaller keaProblemErrorReportInstaller() {
        return new ProblemErrorReportInstaller();
    }

    @Bean
    public ProblemCorrelation keaProblemCorrelation() {
        return new ProblemCorrelation();
    }

    @Bean
    public UndecodableParameterProblems keaUndecodableParameterProblems() {
        return new UndecodableParameterProblems();
    }

    @Bean
    public FallbackProblems keaFallbackProblems() {
        return new FallbackProblems();
    }
}
