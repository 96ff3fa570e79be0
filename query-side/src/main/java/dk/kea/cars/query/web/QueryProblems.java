package dk.kea.cars.query.web;

import dk.kea.cars.api.common.Problems;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the RFC 9457 bodies of query-side: every problem has type, title, status, detail and instance. */
public final class QueryProblems {

    private QueryProblems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String detail, String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        complete(problem, status, instance);
        return problem;
    }

    /** Fills whatever Spring's own handlers left empty. */
    public static void complete(ProblemDetail problem, HttpStatusCode status, String instance) {
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(typeOf(status));
        }
        if (problem.getTitle() == null) {
            problem.setTitle(titleOf(status));
        }
        if (problem.getDetail() == null) {
            problem.setDetail(titleOf(status) + ".");
        }
        if (problem.getInstance() == null && instance != null) {
            problem.setInstance(URI.create(instance));
        }
    }

    /** The body as plain JSON members, for writers that have no ProblemDetail-aware mapper (security). */
    public static Map<String, Object> asMap(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }

    /** The type of a problem whose slug is not its status's, such as {@code cors-refused}. */
    public static URI type(String slug) {
        return Problems.type(slug);
    }

    private static URI typeOf(HttpStatusCode status) {
        return Problems.typeOfReason(titleOf(status));
    }

    private static String titleOf(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "Error " + status.value() : known.getReasonPhrase();
    }
}
