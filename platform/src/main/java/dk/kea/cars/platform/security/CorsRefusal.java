package dk.kea.cars.platform.security;

import dk.kea.cars.api.common.Problems;
import dk.kea.cars.platform.problem.ProblemResponses;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;

/**
 * A browser request from an origin, or with a method or header, outside the CORS configuration: a 403 problem that
 * names neither the origin nor the path.
 */
final class CorsRefusal extends DefaultCorsProcessor {

    @Override
    protected void rejectRequest(ServerHttpResponse response) throws IOException {
        // CorsFilter always passes the servlet response in, with its Vary headers already set on it
        ProblemResponses.write(((ServletServerHttpResponse) response).getServletResponse(), HttpStatus.FORBIDDEN,
                "cors-refused", HttpStatus.FORBIDDEN.getReasonPhrase(), Problems.CORS_REFUSED_DETAIL, null);
    }
}
