package dk.kea.cars.standalone;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A secret mounted as a file (a Kubernetes secret volume) reaches the service through Spring Boot's config tree,
 * with no code of ours: the signing key in a file named after its property is the key the JWKS publishes.
 */
class SecretsFromFilesTest {

    @TempDir
    Path data;

    @Test
    void theSigningKeyCanComeFromAMountedFile() throws Exception {
        KeyPair key = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        Path secrets = Files.createDirectories(data.resolve("secrets"));
        Files.writeString(secrets.resolve("kea.auth.signing-key"), "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(key.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");

        try (ConfigurableApplicationContext app = ReplayFixture.start(data, "bench",
                "--spring.config.import=configtree:" + secrets + "/")) {
            Http http = new Http(app.getEnvironment().getProperty("local.server.port", Integer.class));
            JWKSet published = JWKSet.parse(http.get("/api/auth/.well-known/jwks.json").send().body());

            RSAKey current = published.getKeys().get(0).toRSAKey();
            assertThat(current.toRSAPublicKey()).isEqualTo(key.getPublic());
        }
    }
}
