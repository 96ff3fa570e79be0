package dk.kea.cars.command.security;

import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * Verifies RS256 tokens against auth-query's JWKS. A JWKS location starting with {@code /} is resolved against this
 * process's own port on first use: that is how the standalone app, where auth-query lives in the same JVM, verifies
 * the tokens it issued without knowing its (possibly random) port up front.
 */
final class LazyJwksDecoder implements JwtDecoder {

    private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private final Environment environment;
    private final String jwksUri;
    private final String issuer;
    private final String audience;
    private volatile JwtDecoder delegate;

    LazyJwksDecoder(Environment environment, String jwksUri, String issuer, String audience) {
        this.environment = environment;
        this.jwksUri = jwksUri;
        this.issuer = issuer;
        this.audience = audience;
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
                    delegate = build();
                }
                current = delegate;
            }
        }
        return current;
    }

    private JwtDecoder build() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(resolvedUri())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(validator());
        return decoder;
    }

    private OAuth2TokenValidator<Jwt> validator() {
        JwtTimestampValidator expiry = new JwtTimestampValidator(CLOCK_SKEW);
        // a token without exp would be valid forever
        expiry.setAllowEmptyExpiryClaim(false);
        return new DelegatingOAuth2TokenValidator<>(
                expiry,
                // issued, and not in the future: a token minted ahead of time is a stolen key's tell
                new JwtClaimValidator<Instant>(JwtClaimNames.IAT,
                        iat -> iat != null && !iat.isAfter(Instant.now().plus(CLOCK_SKEW))),
                new JwtIssuerValidator(issuer),
                new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
                        aud -> aud != null && aud.contains(audience)));
    }

    private String resolvedUri() {
        if (!jwksUri.startsWith("/")) {
            return jwksUri;
        }
        return "http://127.0.0.1:" + environment.getProperty("local.server.port", "8080") + jwksUri;
    }
}
