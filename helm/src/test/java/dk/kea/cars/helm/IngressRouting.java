package dk.kea.cars.helm;

import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import java.util.Comparator;
import java.util.Objects;

/** Where a request for a host ends up through a rendered Ingress: an exact path first, then the longest prefix. */
final class IngressRouting {

    private final Ingress ingress;

    IngressRouting(Ingress ingress) {
        this.ingress = ingress;
    }

    Backend backendFor(String host, String path) {
        var winner = ingress.getSpec().getRules().stream()
                .filter(rule -> rule.getHost() == null || rule.getHost().equals(host))
                .map(IngressRule::getHttp).filter(Objects::nonNull)
                .flatMap(http -> http.getPaths().stream())
                .filter(candidate -> matches(candidate, path))
                .max(Comparator.comparing((HTTPIngressPath candidate) -> "Exact".equals(candidate.getPathType()))
                        .thenComparingInt(candidate -> PathPrefix.length(candidate.getPath())))
                .orElseThrow(() -> new AssertionError("no Ingress path for " + host + path));
        var service = winner.getBackend().getService();
        return new Backend(service.getName(), service.getPort().getName(), service.getPort().getNumber());
    }

    private static boolean matches(HTTPIngressPath candidate, String path) {
        return switch (candidate.getPathType()) {
            case "Exact" -> candidate.getPath().equals(path);
            case "Prefix" -> PathPrefix.matches(candidate.getPath(), path);
            default -> throw new AssertionError("pathType " + candidate.getPathType() + " is left to the controller");
        };
    }

    /** A backend names its Service port by name or by number. */
    record Backend(String service, String portName, Integer portNumber) {
    }
}
