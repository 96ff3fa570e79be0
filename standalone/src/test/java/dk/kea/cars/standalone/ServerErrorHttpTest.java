package dk.kea.cars.standalone;

import dk.kea.cars.auth.AuthFaultProbe;
import dk.kea.cars.command.CommandFaultProbe;
import dk.kea.cars.publicquery.PublicFaultProbe;
import dk.kea.cars.query.QueryFaultProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 500 quotes the request's own correlation id (spec §8), so support finds its log lines and events: in every
 * service's problem handler and in Tomcat's error report for a failure no handler claims.
 */
class ServerErrorHttpTest extends StandaloneTest {

    /** Dots are allowed: a client's ids are often dotted (trace.span). */
    private static final String CORRELATION_ID = "support-ticket.4711";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void commandSide() throws Exception {
        String manager = tokenOf(MANAGER);
        assertQuotesTheCorrelationId(new CommandFaultProbe(), RequestMethod.POST, "/api/cars/fault-probe",
                path -> http.post(path).token(manager).json("{}"));
    }

    @Test
    void querySide() throws Exception {
        String manager = tokenOf(MANAGER);
        assertQuotesTheCorrelationId(new QueryFaultProbe(), RequestMethod.GET, "/api/cars/fault-probe",
                path -> http.get(path).token(manager));
    }

    @Test
    void authQuery() throws Exception {
        assertQuotesTheCorrelationId(new AuthFaultProbe(), RequestMethod.POST, "/api/auth/login",
                path -> http.post(path + "?fault-probe").json("{}"));
    }

    @Test
    void publicQuery() throws Exception {
        assertQuotesTheCorrelationId(new PublicFaultProbe(), RequestMethod.GET, "/api/public/fault-probe",
                path -> http.get(path));
    }

    @Test
    void aFailureNoHandlerClaimsIsAProblemFromTomcatsErrorReport() throws Exception {
        assertQuotesTheCorrelationId(new UnownedFaultProbe(), RequestMethod.GET, "/api/public/unowned-fault-probe",
                path -> http.get(path));
    }

    private void assertQuotesTheCorrelationId(Object probe, RequestMethod method, String path,
                                              Function<String, Http.Call> call) throws Exception {
        RequestMappingInfo mapping = RequestMappingInfo.paths(path).methods(method).params(probeParams(path))
                .build();
        mappings.registerMapping(mapping, probe, probe.getClass().getMethod("fail"));
        try {
            Http.Response response = call.apply(path).header("X-Correlation-Id", CORRELATION_ID).send();

            assertProblem(response, 500);
            assertThat(response.json().get("correlation_id").asText()).isEqualTo(CORRELATION_ID);
            assertThat(response.json().get("detail").asText()).contains(CORRELATION_ID);
            assertThat(response.header("X-Correlation-Id")).hasValue(CORRELATION_ID);
            assertThat(response.body()).doesNotContain("a fault for the test").doesNotContain("IllegalState");
        } finally {
            mappings.unregisterMapping(mapping);
        }
    }

    /** The login path is taken: the probe is told apart by a parameter no real request sends. */
    private static String[] probeParams(String path) {
        return path.equals("/api/auth/login") ? new String[]{"fault-probe"} : new String[0];
    }
}
