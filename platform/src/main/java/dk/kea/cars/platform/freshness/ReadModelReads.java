package dk.kea.cars.platform.freshness;

import java.util.Set;

/**
 * The reads a service answers from one read model: the requests with one of {@code methods} that the controllers in
 * {@code controllerPackage} (and below it, except in {@code excludedPackages}) answer, all from the read model the
 * processor {@code processor} builds. Declared as a bean by each service; such reads carry the read model's position
 * and lag, and may ask to wait for a position (README, Freshness).
 */
public record ReadModelReads(String processor, String controllerPackage, Set<String> methods,
                             Set<String> excludedPackages) {

    public ReadModelReads {
        methods = Set.copyOf(methods);
        excludedPackages = Set.copyOf(excludedPackages);
    }

    /** The GET (and HEAD) requests the controllers in {@code controllerPackage} answer. */
    public static ReadModelReads gets(String processor, String controllerPackage) {
        return new ReadModelReads(processor, controllerPackage, Set.of("GET", "HEAD"), Set.of());
    }

    /** The same, but for the controllers in {@code packages}, which answer from elsewhere. */
    public ReadModelReads except(String... packages) {
        return new ReadModelReads(processor, controllerPackage, methods, Set.of(packages));
    }

    /** Whether a request with {@code method} that {@code controller} answers is one of these reads. */
    public boolean covers(Class<?> controller, String method) {
        String found = controller.getPackageName();
        return methods.contains(method) && within(found, controllerPackage)
                && excludedPackages.stream().noneMatch(excluded -> within(found, excluded));
    }

    private static boolean within(String found, String base) {
        return found.equals(base) || found.startsWith(base + ".");
    }
}
