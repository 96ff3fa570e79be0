package dk.kea.cars.query.security;

import java.io.IOException;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;

/** A browser request from an origin, or with a method or header, outside the CORS configuration: a 403 problem. */
final class QueryCorsRefusal extends DefaultCorsProcessor {

    private final QueryProblemWriter problems;

    QueryCorsRefusal(QueryProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void rejectRequest(ServerHttpResponse response) throws IOException {
        // CorsFilter always passes the servlet response in, with its Vary headers already set on it
        problems.refuseCors(((ServletServerHttpResponse) response).getServletResponse());
    }
}
