package dk.kea.cars.platform.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Bearer tokens for a chain: verified by the context's one {@link KeaJwtDecoder} (one JWKS cache, one rule, also
 * where two chains take tokens in one context), the caller then found by the service itself ({@code caller}: from
 * its own read model, with the employee's current role).
 */
public final class KeaBearerTokens {

    private final JwtDecoder decoder;

    public KeaBearerTokens(JwtDecoder decoder) {
        this.decoder = decoder;
    }

    public HttpSecurity verify(HttpSecurity http, Converter<Jwt, ? extends AbstractAuthenticationToken> caller,
                               ChainRefusals refusals) {
        return http.oauth2ResourceServer(server -> server
                .authenticationEntryPoint(refusals.unauthenticated())
                .accessDeniedHandler(refusals.denied())
                .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(caller)));
    }
}
