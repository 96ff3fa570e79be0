package dk.kea.cars.platform.security;

import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * How one chain answers what it refuses itself, each a problem the service words: a request without an acceptable
 * caller ({@code unauthenticated}, 401 as a rule), and a caller without the right ({@code denied}, 403).
 */
public record ChainRefusals(AuthenticationEntryPoint unauthenticated, AccessDeniedHandler denied) {
}
