package dk.kea.cars.helm;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The values the chart is checked with: its own defaults, and overlays an operator would install with. */
enum ValuesProfile {
    DEFAULTS,
    /** replicas, autoscaling, other ports, other Secret names, the Gateway API route with a host name */
    PRODUCTION("values/production.yaml"),
    /** the same behind a plain Ingress instead of the HTTPRoute */
    PRODUCTION_BEHIND_INGRESS("values/production.yaml", "values/ingress.yaml");

    private final List<String> overlays;

    ValuesProfile(String... overlays) {
        this.overlays = List.of(overlays);
    }

    List<Path> overlayFiles() {
        return overlays.stream().map(ValuesProfile::testResource).toList();
    }

    static Stream<ValuesProfile> production() {
        return Stream.of(PRODUCTION, PRODUCTION_BEHIND_INGRESS);
    }

    private static Path testResource(String name) {
        var url = ValuesProfile.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
