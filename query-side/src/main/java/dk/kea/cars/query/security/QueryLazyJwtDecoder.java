package dk.kea.cars.query.security;

import java.util.function.Supplier;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Builds its delegate on the first token. A JWKS path served by this very process is only reachable once the
 * server knows its port, which is after the security chain has been built.
 */
final class QueryLazyJwtDecoder implements JwtDecoder {

    private final Supplier<JwtDecoder> factory;
    private volatile JwtDecoder delegate;

    QueryLazyJwtDecoder(Supplier<JwtDecoder> factory) {
        this.factory = factory;
    }

    @Override
    public Jwt decode(String token) {
        return delegate().decode(token);
    }

    private JwtDecoder delegate() {
        JwtDecoder current = delegate;
        if (current == null) {
            synchronized (this) {
                if (delegate == null) {
                    delegate = factory.get();
                }
                current = delegate;
            }
        }
        return current;
    }
}
