package dk.kea.cars.command.security;

import dk.kea.cars.api.common.Problems;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;

import java.io.IOException;

/** A browser request from an origin, or with a method or header, outside the CORS configuration: a 403 problem. */
final class CommandCorsRefusal extends DefaultCorsProcessor {

    @Override
    protected void rejectRequest(ServerHttpResponse response) throws IOException {
        // CorsFilter always passes the servlet response in, with its Vary headers already set on it
        HttpServletResponse servletResponse = ((ServletServerHttpResponse) response).getServletResponse();
        ProblemResponses.writeWithoutInstance(servletResponse, HttpStatus.FORBIDDEN, "cors-refused",
                Problems.CORS_REFUSED_DETAIL);
    }
}
