package dk.kea.cars.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jose.JWSAlgorithm;
import dk.kea.cars.api.common.Role;
import dk.kea.cars.auth.token.AuthSigningKey;
import dk.kea.cars.auth.token.AuthJwksController;
import dk.kea.cars.auth.token.AuthTokenIssuer;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AuthSigningKeyTest {

    @Test
    void configuredPemKeySignsTokensItsJwksVerifies() throws Exception {
        KeyPair pair = rsa(2048);
        AuthSigningKey key = new AuthSigningKey(pem(pair), false);

        String token = new AuthTokenIssuer(key, Duration.ofMinutes(5), "kea-cars", "kea-cars-api")
                .issue(UUID.randomUUID(), Role.ADMIN);

        RSAKey published = key.publicKeys().getKeys().get(0).toRSAKey();
        assertThat(published.toRSAPublicKey()).isEqualTo(pair.getPublic());
        assertThat(published.isPrivate()).isFalse();
        assertThat(SignedJWT.parse(token).verify(new RSASSAVerifier(published))).isTrue();
        assertThat(key.keyId()).isEqualTo(published.computeThumbprint().toString());
    }

    @Test
    void sameKeyKeepsItsKeyIdAcrossRestarts() throws Exception {
        String pem = pem(rsa(2048));

        assertThat(new AuthSigningKey(pem, false).keyId()).isEqualTo(new AuthSigningKey(pem, false).keyId());
    }

    @Test
    void pemSqueezedIntoAnEnvironmentVariableWithLiteralNewlinesIsAccepted() throws Exception {
        KeyPair pair = rsa(2048);
        String oneLine = pem(pair).replace("\n", "\\n");

        assertThat(new AuthSigningKey(oneLine, false).publicKeys().getKeys().get(0).toRSAKey().toRSAPublicKey())
                .isEqualTo((RSAPublicKey) pair.getPublic());
    }

    @Test
    void missingKeyFailsUnlessADevKeyIsAllowed() {
        assertThatThrownBy(() -> new AuthSigningKey("", false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("KEA_AUTH_SIGNING_KEY");
        assertThat(new AuthSigningKey("", true).publicKeys().getKeys()).hasSize(1);
    }

    @Test
    void missingKeyStopsTheContextFromStarting() {
        new ApplicationContextRunner()
                .withUserConfiguration(AuthSigningKey.class)
                .run(context -> assertThat(context).hasFailed()
                        .getFailure().rootCause().hasMessageContaining("No token signing key"));
    }

    @Test
    void garbageIsRefusedWithoutQuotingIt() {
        String garbage = "-----BEGIN PRIVATE KEY-----\nc2VjcmV0LXN0dWZm\n-----END PRIVATE KEY-----";

        assertThatThrownBy(() -> new AuthSigningKey(garbage, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PKCS#8")
                .hasMessageNotContaining("c2VjcmV0LXN0dWZm")
                .hasNoCause();
    }

    @Test
    void shortKeyIsRefused() throws Exception {
        String weak = pem(rsa(1024));

        assertThatThrownBy(() -> new AuthSigningKey(weak, false)).hasMessageContaining("2048");
    }

    private static KeyPair rsa(int bits) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        return generator.generateKeyPair();
    }

    private static String pem(KeyPair pair) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPrivate().getEncoded());
        return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
    }

    // ---- key rotation: kea.auth.previous-signing-key ----

    @Test
    void duringARotationTheJwksListsBothKidsAndTokensOfThePreviousKeyStillVerify() throws Exception {
        String oldPem = pem(rsa(2048));
        AuthSigningKey before = new AuthSigningKey(oldPem, false);
        String oldToken = issuer(before).issue(UUID.randomUUID(), Role.MANAGER);

        AuthSigningKey rotated = new AuthSigningKey(pem(rsa(2048)), oldPem, false);
        String newToken = issuer(rotated).issue(UUID.randomUUID(), Role.ADMIN);
        JWKSet served = served(rotated);

        assertThat(served.getKeys()).extracting(JWK::getKeyID)
                .containsExactly(rotated.keyId(), before.keyId());
        assertThat(rotated.previousKeyId()).contains(before.keyId());
        assertThat(SignedJWT.parse(newToken).getHeader().getKeyID()).isEqualTo(rotated.keyId());
        assertThat(SignedJWT.parse(oldToken).getHeader().getKeyID()).isEqualTo(before.keyId());
        assertThat(verify(oldToken, served).getStringClaim("role")).isEqualTo("manager");
        assertThat(verify(newToken, served).getStringClaim("role")).isEqualTo("admin");
    }

    @Test
    void thePreviousKeyMayBeGivenAsAnX509PublicKey() throws Exception {
        KeyPair old = rsa(2048);
        String oldToken = issuer(new AuthSigningKey(pem(old), false)).issue(UUID.randomUUID(), Role.AUDITOR);

        AuthSigningKey rotated = new AuthSigningKey(pem(rsa(2048)), publicPem(old).replace("\n", "\\n"), false);

        assertThat(served(rotated).getKeys()).hasSize(2);
        assertThat(verify(oldToken, served(rotated)).getStringClaim("role")).isEqualTo("auditor");
        assertThat(rotated.previousKeyId()).contains(new AuthSigningKey(pem(old), false).keyId());
        // squeezed into one line of an environment variable works too
        assertThat(new AuthSigningKey(pem(rsa(2048)), publicPem(old).replace("\n", "\\n"), false)
                .previousKeyId()).isPresent();
    }

    @Test
    void privatePartsAreNeverServedNotEvenOfAPreviousPrivateKey() throws Exception {
        AuthSigningKey rotated = new AuthSigningKey(pem(rsa(2048)), pem(rsa(2048)), false);

        JsonNode keys = JsonMapper.shared().readTree(jwksJson(rotated)).get("keys");

        assertThat(keys).hasSize(2);
        keys.forEach(key -> {
            assertThat(key.propertyNames()).contains("kty", "n", "e", "kid", "alg", "use")
                    .doesNotContain("d", "p", "q", "dp", "dq", "qi", "oth");
            assertThat(key.get("use").asString()).isEqualTo("sig");
        });
        assertThat(served(rotated).getKeys()).noneMatch(JWK::isPrivate);
    }

    @Test
    void aTokenOfAnUnlistedKeyDoesNotVerify() throws Exception {
        String stranger = issuer(new AuthSigningKey(pem(rsa(2048)), false)).issue(UUID.randomUUID(), Role.ADMIN);
        AuthSigningKey rotated = new AuthSigningKey(pem(rsa(2048)), pem(rsa(2048)), false);

        assertThatThrownBy(() -> verify(stranger, served(rotated))).isInstanceOf(BadJOSEException.class);
    }

    @Test
    void noPreviousKeyOrTheCurrentOneAgainServesOneKey() throws Exception {
        String pem = pem(rsa(2048));

        assertThat(new AuthSigningKey(pem, "", false).publicKeys().getKeys()).hasSize(1);
        assertThat(new AuthSigningKey(pem, "  ", false).previousKeyId()).isEmpty();
        assertThat(new AuthSigningKey(pem, pem, false).publicKeys().getKeys()).hasSize(1);
    }

    @Test
    void theDemoKeyIsGeneratedPerStartAndCanStillBeRotatedFrom() throws Exception {
        AuthSigningKey first = new AuthSigningKey("", "", true);
        AuthSigningKey second = new AuthSigningKey("", "", true);

        assertThat(first.keyId()).isNotEqualTo(second.keyId());
        assertThat(first.publicKeys().getKeys()).hasSize(1);
    }

    @Test
    void aBadPreviousKeyIsRefusedWithoutQuotingIt() throws Exception {
        String current = pem(rsa(2048));
        String garbage = "-----BEGIN PUBLIC KEY-----\nc2VjcmV0LXN0dWZm\n-----END PUBLIC KEY-----";
        String garbagePrivate = "-----BEGIN PRIVATE KEY-----\nc2VjcmV0LXN0dWZm\n-----END PRIVATE KEY-----";

        assertThatThrownBy(() -> new AuthSigningKey(current, garbage, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kea.auth.previous-signing-key")
                .hasMessageNotContaining("c2VjcmV0LXN0dWZm")
                .hasNoCause();
        assertThatThrownBy(() -> new AuthSigningKey(current, garbagePrivate, false))
                .hasMessageContaining("kea.auth.previous-signing-key")
                .hasMessageNotContaining("c2VjcmV0LXN0dWZm");
        assertThatThrownBy(() -> new AuthSigningKey(current, "not a key", false))
                .hasMessageContaining("kea.auth.previous-signing-key");
        assertThatThrownBy(() -> new AuthSigningKey(current, publicPem(rsa(1024)), false))
                .hasMessageContaining("2048");
    }

    @Test
    void thePreviousKeyIsReadFromConfiguration() throws Exception {
        String oldPem = pem(rsa(2048));
        String previousKid = new AuthSigningKey(oldPem, false).keyId();

        new ApplicationContextRunner()
                .withUserConfiguration(AuthSigningKey.class)
                .withPropertyValues("kea.auth.signing-key=" + pem(rsa(2048)).replace("\n", "\\n"),
                        "kea.auth.previous-signing-key=" + oldPem.replace("\n", "\\n"))
                .run(context -> assertThat(context.getBean(AuthSigningKey.class).publicKeys().getKeys())
                        .extracting(JWK::getKeyID).hasSize(2).contains(previousKid));
    }

    private static AuthTokenIssuer issuer(AuthSigningKey key) throws Exception {
        return new AuthTokenIssuer(key, Duration.ofMinutes(5), "kea-cars", "kea-cars-api");
    }

    /** What the JWKS endpoint answers, as JSON text. */
    private static String jwksJson(AuthSigningKey key) {
        ResponseEntity<Map<String, Object>> response = new AuthJwksController(key).jwks();
        assertThat(response.getHeaders().getCacheControl()).contains("no-store");
        return JsonMapper.shared().writeValueAsString(response.getBody());
    }

    private static JWKSet served(AuthSigningKey key) throws Exception {
        return JWKSet.parse(jwksJson(key));
    }

    /** As a resource server would: pick the key by kid from the served set, RS256 only. */
    private static JWTClaimsSet verify(String token, JWKSet served) throws Exception {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                new ImmutableJWKSet<>(served)));
        return processor.process(token, null);
    }

    private static String publicPem(KeyPair pair) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPublic().getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }
}
