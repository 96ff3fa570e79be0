package dk.kea.cars.publicquery.security;

import dk.kea.cars.api.common.Problems;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;

/** A browser request from an origin, or with a method or header, outside the CORS configuration: a 403 problem. */
final class PublicCorsRefusal extends DefaultCorsProcessor {

    @Override
    protected void rejectRequest(ServerHttpResponse response) throws IOException {
        // CorsFilter always passes the servlet response in, with its Vary headers already set on it
        PublicSecurityProblems.writeWithoutInstance(((ServletServerHttpResponse) response).getServletResponse(),
                HttpStatus.FORBIDDEN, "cors-refused", "Forbidden", Problems.CORS_REFUSED_DETAIL);
    }
}
