package dk.kea.cars.helm;

import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPBackendRef;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPPathMatch;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteMatch;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteRule;
import java.util.Comparator;
import java.util.List;

/**
 * Where a request ends up through a rendered HTTPRoute, by the Gateway API's precedence among matching rules:
 * an exact path, then the longest path prefix, then a match that names the method.
 */
final class GatewayRouting {

    private final HTTPRoute route;

    GatewayRouting(HTTPRoute route) {
        this.route = route;
    }

    Backend backendFor(String method, String path) {
        var winner = candidates().stream().filter(candidate -> candidate.matches(method, path))
                .max(PRECEDENCE)
                .orElseThrow(() -> new AssertionError("no rule of the HTTPRoute matches " + method + " " + path));
        List<HTTPBackendRef> backends = winner.rule().getBackendRefs();
        if (backends.size() != 1) {
            throw new AssertionError("expected one backend for " + method + " " + path + ", got " + backends);
        }
        return new Backend(backends.get(0).getName(), backends.get(0).getPort());
    }

    private List<Candidate> candidates() {
        return route.getSpec().getRules().stream()
                .flatMap(rule -> rule.getMatches().stream().map(match -> new Candidate(rule, match)))
                .toList();
    }

    private static final Comparator<Candidate> PRECEDENCE = Comparator
            .comparing((Candidate candidate) -> candidate.pathType().equals("Exact"))
            .thenComparingInt(candidate -> PathPrefix.length(candidate.path().getValue()))
            .thenComparing(candidate -> candidate.match().getMethod() != null);

    record Backend(String service, int port) {
    }

    private record Candidate(HTTPRouteRule rule, HTTPRouteMatch match) {

        HTTPPathMatch path() {
            return match.getPath();
        }

        String pathType() {
            return path().getType() == null ? "PathPrefix" : path().getType();
        }

        boolean matches(String method, String requestPath) {
            return methodMatches(method) && pathMatches(requestPath);
        }

        private boolean methodMatches(String method) {
            return match.getMethod() == null || match.getMethod().equals(method);
        }

        private boolean pathMatches(String requestPath) {
            return switch (pathType()) {
                case "Exact" -> path().getValue().equals(requestPath);
                case "PathPrefix" -> PathPrefix.matches(path().getValue(), requestPath);
                default -> throw new AssertionError("unexpected path match type " + pathType());
            };
        }
    }
}
