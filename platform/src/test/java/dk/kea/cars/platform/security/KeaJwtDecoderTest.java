package dk.kea.cars.platform.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one rule every service verifies a bearer token by (spec §3). */
class KeaJwtDecoderTest {

    private static final String ISSUER = "kea-cars";
    private static final String AUDIENCE = "kea-cars-api";
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final OAuth2TokenValidator<Jwt> RULE =
            KeaJwtDecoder.validator(ISSUER, AUDIENCE, Clock.fixed(NOW, ZoneOffset.UTC));

    private HttpServer jwks;

    @AfterEach
    void stopJwks() {
        if (jwks != null) {
            jwks.stop(0);
        }
    }

    @Test
    void aCurrentTokenForThisAudienceFromThisIssuerIsAccepted() {
        assertThat(RULE.validate(token(claims -> claims)).hasErrors()).isFalse();
    }

    @Test
    void anExpiredTokenIsRefusedBeyondTheClockSkew() {
        Instant anHourAgo = NOW.minus(Duration.ofHours(1));

        assertThat(RULE.validate(token(claims -> claims.issuedAt(anHourAgo).expiresAt(NOW.minusSeconds(31))))
                .hasErrors()).isTrue();
        assertThat(RULE.validate(token(claims -> claims.issuedAt(anHourAgo).expiresAt(NOW.minusSeconds(29))))
                .hasErrors()).isFalse();
    }

    @Test
    void aTokenWithoutExpiryIsRefused() {
        assertThat(RULE.validate(token(claims -> claims.claims(all -> all.remove("exp")))).hasErrors()).isTrue();
    }

    @Test
    void aTokenIssuedInTheFutureIsRefused() {
        assertThat(RULE.validate(token(claims -> claims.issuedAt(NOW.plusSeconds(60)))).hasErrors()).isTrue();
    }

    @Test
    void aTokenWithoutIssuedAtIsRefused() {
        assertThat(RULE.validate(token(claims -> claims.claims(all -> all.remove("iat")))).hasErrors()).isTrue();
    }

    /** Spring's JwtIssuedAtValidator would refuse this one: it takes every token older than its skew for stale. */
    @Test
    void anOldTokenThatHasNotExpiredIsAccepted() {
        Jwt hoursOld = token(claims -> claims.issuedAt(NOW.minus(Duration.ofHours(2))).expiresAt(NOW.plusSeconds(60)));

        assertThat(RULE.validate(hoursOld).hasErrors()).isFalse();
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        assertThat(RULE.validate(token(claims -> claims.issuer("someone-else"))).hasErrors()).isTrue();
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        assertThat(RULE.validate(token(claims -> claims.audience(List.of("another-api")))).hasErrors()).isTrue();
        assertThat(RULE.validate(token(claims -> claims.claims(all -> all.remove("aud")))).hasErrors()).isTrue();
    }

    /** Standalone: a JWKS path of this very process, found on the port the server listens on once it listens. */
    @Test
    void aJwksPathIsThisProcessOnItsLocalServerPortAndSignaturesAreChecked() throws Exception {
        RSAKey signer = rsaKey("signer");
        int port = serveJwks(signer);
        MockEnvironment environment = keaSecurity("/keys.json");
        KeaJwtDecoder decoder = new KeaJwtDecoder(environment);
        environment.setProperty("local.server.port", Integer.toString(port));

        Jwt decoded = decoder.decode(signed(signer, Instant.now()));

        assertThat(decoded.getSubject()).isEqualTo("employee-1");
        assertThatThrownBy(() -> decoder.decode(signed(rsaKey("signer"), Instant.now())))
                .as("signed by another key under the same id").isInstanceOf(BadJwtException.class)
                .isNotInstanceOf(JwtValidationException.class);
        assertThatThrownBy(() -> decoder.decode(signed(signer, Instant.now().minus(Duration.ofHours(2)))))
                .as("expired").isInstanceOf(JwtValidationException.class);
    }

    @Test
    void aJwksPathWithoutALocalServerPortIsAnError() throws Exception {
        KeaJwtDecoder decoder = new KeaJwtDecoder(keaSecurity("/keys.json"));

        assertThatThrownBy(() -> decoder.decode(signed(rsaKey("signer"), Instant.now())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("local.server.port");
    }

    @Test
    void issuerAndAudienceMustBeConfigured() {
        MockEnvironment withoutAudience = new MockEnvironment()
                .withProperty("kea.security.jwks-uri", "/keys.json").withProperty("kea.security.issuer", ISSUER);

        assertThatThrownBy(() -> new KeaJwtDecoder(withoutAudience))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("kea.security.audience");
    }

    private static Jwt token(UnaryOperator<Jwt.Builder> change) {
        Jwt.Builder claims = Jwt.withTokenValue("token").header("alg", "RS256")
                .subject("employee-1").issuer(ISSUER).audience(List.of(AUDIENCE))
                .issuedAt(NOW.minusSeconds(10)).expiresAt(NOW.plus(Duration.ofMinutes(30)));
        return change.apply(claims).build();
    }

    private static MockEnvironment keaSecurity(String jwksUri) {
        return new MockEnvironment().withProperty("kea.security.jwks-uri", jwksUri)
                .withProperty("kea.security.issuer", ISSUER).withProperty("kea.security.audience", AUDIENCE);
    }

    private int serveJwks(RSAKey key) throws Exception {
        byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        jwks.createContext("/keys.json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        jwks.start();
        return jwks.getAddress().getPort();
    }

    private static RSAKey rsaKey(String id) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(id).build();
    }

    private static String signed(RSAKey key, Instant issuedAt) {
        JwtClaimsSet claims = JwtClaimsSet.builder().subject("employee-1").issuer(ISSUER).audience(List.of(AUDIENCE))
                .issuedAt(issuedAt).expiresAt(issuedAt.plus(Duration.ofMinutes(30))).build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).build();
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key))).encode(JwtEncoderParameters.from(header, claims))
                .getTokenValue();
    }
}
