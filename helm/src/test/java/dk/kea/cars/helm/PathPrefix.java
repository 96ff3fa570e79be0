package dk.kea.cars.helm;

/** Prefix matching as Ingress and the Gateway API define it: whole path segments, "/api/auth" is no prefix of "/api/authors". */
final class PathPrefix {

    private PathPrefix() {
    }

    static boolean matches(String prefix, String path) {
        var trimmed = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        return trimmed.isEmpty() || path.equals(trimmed) || path.startsWith(trimmed + "/");
    }

    /** Longer prefixes win; the length compared is that of the prefix without a trailing slash. */
    static int length(String prefix) {
        return prefix.endsWith("/") ? prefix.length() - 1 : prefix.length();
    }
}
