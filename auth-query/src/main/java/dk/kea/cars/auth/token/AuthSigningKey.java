package dk.kea.cars.auth.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The RSA key tokens are signed with. Production gives it as a PEM PKCS#8 private key ({@code kea.auth.signing-key},
 * from {@code KEA_AUTH_SIGNING_KEY}); only the demo profile may let the service make a throw-away key at start.
 * The key id is the RFC 7638 thumbprint, so the same key always has the same {@code kid}.
 */
@Component
public class AuthSigningKey {

    static final int MIN_BITS = 2048;
    private static final Logger LOG = LoggerFactory.getLogger(AuthSigningKey.class);

    private final RSAKey key;

    public AuthSigningKey(@Value("${kea.auth.signing-key:}") String pem,
                          @Value("${kea.auth.generate-dev-key:false}") boolean generateDevKey) {
        this.key = pem.isBlank() ? devKey(generateDevKey) : parse(pem);
    }

    RSAKey privateKey() {
        return key;
    }

    public String keyId() {
        return key.getKeyID();
    }

    /** The public half only, as served at the JWKS endpoint. */
    public JWKSet publicKeys() {
        return new JWKSet(key.toPublicJWK());
    }

    private static RSAKey devKey(boolean allowed) {
        if (!allowed) {
            throw new IllegalStateException("No token signing key: set KEA_AUTH_SIGNING_KEY (kea.auth.signing-key) "
                    + "to a PEM PKCS#8 RSA private key of at least " + MIN_BITS + " bits. Only a demo may instead set "
                    + "kea.auth.generate-dev-key=true.");
        }
        LOG.warn("No kea.auth.signing-key configured: signing tokens with a key generated at start. Tokens stop "
                + "verifying when this process restarts. Never run production like this.");
        try {
            return withIdentity(new RSAKeyGenerator(MIN_BITS).generate());
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate a development signing key", e);
        }
    }

    private static RSAKey parse(String pem) {
        try {
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body(pem))));
            RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            if (publicKey.getModulus().bitLength() < MIN_BITS) {
                throw new IllegalStateException("kea.auth.signing-key is shorter than " + MIN_BITS + " bits");
            }
            return withIdentity(new RSAKey.Builder(publicKey).privateKey(privateKey).build());
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException | JOSEException e) {
            // the cause could quote key material, so it is not attached
            throw new IllegalStateException("kea.auth.signing-key is not a PEM PKCS#8 RSA private key "
                    + "(-----BEGIN PRIVATE KEY-----)");
        }
    }

    /** The Base64 body between the PEM armour lines; tolerates keys squeezed into one line or with literal "\n". */
    private static String body(String pem) {
        String text = pem.replace("\\n", "\n");
        if (!text.contains("-----BEGIN PRIVATE KEY-----") || !text.contains("-----END PRIVATE KEY-----")) {
            throw new IllegalArgumentException("not PKCS#8 PEM");
        }
        return text.substring(text.indexOf("-----BEGIN PRIVATE KEY-----") + "-----BEGIN PRIVATE KEY-----".length(),
                text.indexOf("-----END PRIVATE KEY-----")).replaceAll("\\s", "");
    }

    private static RSAKey withIdentity(RSAKey key) throws JOSEException {
        RSAKey identified = new RSAKey.Builder(key).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build();
        return new RSAKey.Builder(identified).keyID(identified.computeThumbprint().toString()).build();
    }
}
