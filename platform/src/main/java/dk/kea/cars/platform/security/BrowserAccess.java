package dk.kea.cars.platform.security;

import java.util.List;

/**
 * What browsers on the configured origins ({@code kea.cors.allowed-origins}) may send to one chain's paths: these
 * methods with these request headers ({@code "*"}: any).
 */
public record BrowserAccess(List<String> methods, List<String> headers) {

    public static final List<String> ANY_HEADER = List.of("*");

    public BrowserAccess {
        methods = List.copyOf(methods);
        headers = List.copyOf(headers);
    }
}
