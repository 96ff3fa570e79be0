package dk.kea.cars.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The one verification of a bearer token (spec §3): an RS256 signature by a key of auth-query's JWKS
 * ({@code kea.security.jwks-uri}) and the claims of {@link #validator}. The JWKS location is resolved on the first
 * token: one starting with {@code /} is this process's own endpoint (standalone, where auth-query runs in the same
 * JVM), reachable only once the server knows its port ({@code local.server.port}).
 */
public final class KeaJwtDecoder implements JwtDecoder {

    static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private final Environment environment;
    private final String jwksUri;
    private final OAuth2TokenValidator<Jwt> validator;
    private volatile JwtDecoder delegate;

    KeaJwtDecoder(Environment environment) {
        this.environment = environment;
        this.jwksUri = environment.getRequiredProperty("kea.security.jwks-uri");
        this.validator = validator(environment.getRequiredProperty("kea.security.issuer"),
                environment.getRequiredProperty("kea.security.audience"), Clock.systemUTC());
    }

    /**
     * Expiry (required, 30 s of clock skew), issued-at (required, not in the future), issuer and audience. Not
     * Spring's {@code JwtIssuedAtValidator}: it refuses every token older than its clock skew.
     */
    static OAuth2TokenValidator<Jwt> validator(String issuer, String audience, Clock clock) {
        JwtTimestampValidator expiry = new JwtTimestampValidator(CLOCK_SKEW);
        expiry.setClock(clock);
        // a token without exp would be valid forever
        expiry.setAllowEmptyExpiryClaim(false);
        // a token minted ahead of time is a stolen key's tell
        OAuth2TokenValidator<Jwt> issuedAt = new JwtClaimValidator<Instant>(JwtClaimNames.IAT,
                iat -> iat != null && !iat.isAfter(clock.instant().plus(CLOCK_SKEW)));
        return new DelegatingOAuth2TokenValidator<>(
                expiry, issuedAt, new JwtIssuerValidator(issuer), new JwtAudienceValidator(audience));
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
                    delegate = nimbus(resolvedJwksUri());
                }
                current = delegate;
            }
        }
        return current;
    }

    private JwtDecoder nimbus(String resolvedJwksUri) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(resolvedJwksUri)
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(validator);
        return decoder;
    }

    private String resolvedJwksUri() {
        if (!jwksUri.startsWith("/")) {
            return jwksUri;
        }
        return "http://127.0.0.1:" + environment.getRequiredProperty("local.server.port") + jwksUri;
    }
}
