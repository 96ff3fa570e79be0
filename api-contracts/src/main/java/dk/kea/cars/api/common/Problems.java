package dk.kea.cars.api.common;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The RFC 9457 vocabulary every service answers with (spec §8): one type namespace, and the fixed details of the
 * refusals a security chain writes before any service code runs. Plain Java, so each service's Spring or servlet
 * code only decides how to write it.
 */
public final class Problems {

    /** A request the HTTP firewall refused; never echoes the request, which is the caller's own text. */
    public static final String REQUEST_REJECTED_DETAIL =
            "The request URL or its headers contain characters or sequences that are not allowed.";
    /** A refused CORS request; never names the origin. */
    public static final String CORS_REFUSED_DETAIL =
            "Cross-origin requests from this origin, or with this method or these headers, are not allowed.";

    /** A query or form parameter the server cannot decode (a 400); never echoes the parameter. */
    public static final String UNDECODABLE_PARAMETER_DETAIL =
            "A query or form parameter is not valid percent-encoded UTF-8.";

    private static final String TYPE_PREFIX = "urn:kea-cars:problem:";

    private Problems() {
    }

    /** {@code urn:kea-cars:problem:<slug>}, e.g. {@code not-found}. */
    public static URI type(String slug) {
        return URI.create(TYPE_PREFIX + slug);
    }

    /** The type named after an HTTP status's reason phrase: "Not Found" is {@code urn:kea-cars:problem:not-found}. */
    public static URI typeOfReason(String reasonPhrase) {
        return type(slugOfReason(reasonPhrase));
    }

    /** The slug of an HTTP status's reason phrase: "Not Found" is {@code not-found}. */
    public static String slugOfReason(String reasonPhrase) {
        return reasonPhrase.toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    /**
     * The body of an error nothing more is known about than its status (what Tomcat refused itself, an exception no
     * handler claimed, an error sent without a body), with the request's correlation id. No {@code instance}: the
     * refused request is the caller's own text and is never echoed.
     */
    public static Map<String, Object> ofStatus(int status, String reasonPhrase, String correlationId) {
        Map<String, Object> problem = body(slugOfReason(reasonPhrase), reasonPhrase, status,
                detailOfStatus(status, reasonPhrase, correlationId), null);
        problem.put(CorrelationIds.PROBLEM_PROPERTY, correlationId);
        return problem;
    }

    private static String detailOfStatus(int status, String reasonPhrase, String correlationId) {
        if (status == 400) {
            return "The request could not be read: its URL or headers are malformed or too large.";
        }
        if (status >= 500) {
            return "Something went wrong on our side; quote correlation id " + correlationId + ".";
        }
        return reasonPhrase + ".";
    }

    /** The members of a problem body in RFC 9457's order; {@code instance} is left out when null. */
    public static Map<String, Object> body(String slug, String title, int status, String detail, String instance) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type(slug).toString());
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        return problem;
    }
}
