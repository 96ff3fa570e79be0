package dk.kea.cars.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import dk.kea.cars.api.common.Role;
import dk.kea.cars.auth.token.AuthSigningKey;
import dk.kea.cars.auth.token.AuthTokenIssuer;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

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
}
