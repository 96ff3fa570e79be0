package dk.kea.cars.auth.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
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
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The RSA key tokens are signed with, and the key they were signed with before the last rotation. Production gives
 * the current key as a PEM PKCS#8 private key ({@code kea.auth.signing-key}, from {@code KEA_AUTH_SIGNING_KEY}); only
 * the demo profile may let the service make a throw-away key at start. During a rotation
 * {@code kea.auth.previous-signing-key} ({@code KEA_AUTH_PREVIOUS_SIGNING_KEY}, optional) holds the key that signed
 * the tokens still in circulation: a PKCS#8 private key or an X.509 SubjectPublicKeyInfo public key
 * ({@code -----BEGIN PUBLIC KEY-----}); only its public part is kept. New tokens are signed with the current key only;
 * the JWKS serves the public parts of both, so tokens signed with the previous key verify until they expire.
 * A key id is the RFC 7638 thumbprint, so the same key always has the same {@code kid}.
 */
@Component
public class AuthSigningKey {

    static final int MIN_BITS = 2048;
    private static final Logger LOG = LoggerFactory.getLogger(AuthSigningKey.class);
    private static final String PRIVATE_BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String PRIVATE_END = "-----END PRIVATE KEY-----";
    private static final String PUBLIC_BEGIN = "-----BEGIN PUBLIC KEY-----";
    private static final String PUBLIC_END = "-----END PUBLIC KEY-----";

    private final RSAKey key;
    /** Public part only; empty when no rotation is under way. */
    private final Optional<RSAKey> previous;

    @Autowired
    public AuthSigningKey(@Value("${kea.auth.signing-key:}") String pem,
                          @Value("${kea.auth.previous-signing-key:}") String previousPem,
                          @Value("${kea.auth.generate-dev-key:false}") boolean generateDevKey) {
        this.key = pem == null || pem.isBlank() ? devKey(generateDevKey) : parsePrivate(pem, "kea.auth.signing-key");
        this.previous = previousPem == null || previousPem.isBlank()
                ? Optional.empty()
                : Optional.of(parsePrevious(previousPem)).filter(old -> !old.getKeyID().equals(key.getKeyID()));
    }

    /** No previous key: no rotation under way. */
    public AuthSigningKey(String pem, boolean generateDevKey) {
        this(pem, "", generateDevKey);
    }

    RSAKey privateKey() {
        return key;
    }

    /** The current key's id: the {@code kid} of every token issued now. */
    public String keyId() {
        return key.getKeyID();
    }

    /** The previous key's id while a rotation is under way. */
    public Optional<String> previousKeyId() {
        return previous.map(RSAKey::getKeyID);
    }

    /** The public halves only, current key first, as served at the JWKS endpoint. */
    public JWKSet publicKeys() {
        List<JWK> keys = new ArrayList<>(2);
        keys.add(key.toPublicJWK());
        previous.ifPresent(old -> keys.add(old.toPublicJWK()));
        return new JWKSet(keys);
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

    private static RSAKey parsePrivate(String pem, String property) {
        try {
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(decode(pem, PRIVATE_BEGIN, PRIVATE_END)));
            RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            requireStrength(publicKey, property);
            return withIdentity(new RSAKey.Builder(publicKey).privateKey(privateKey).build());
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException | JOSEException e) {
            // the cause could quote key material, so it is not attached
            throw new IllegalStateException(property + " is not a PEM PKCS#8 RSA private key (" + PRIVATE_BEGIN + ")");
        }
    }

    /** The previous key as its public part only, whether given as a private or a public key. */
    private static RSAKey parsePrevious(String pem) {
        String property = "kea.auth.previous-signing-key";
        if (!unescaped(pem).contains(PUBLIC_BEGIN)) {
            return parsePrivate(pem, property).toPublicJWK();
        }
        try {
            RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(decode(pem, PUBLIC_BEGIN, PUBLIC_END)));
            requireStrength(publicKey, property);
            return withIdentity(new RSAKey.Builder(publicKey).build());
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException | JOSEException e) {
            throw new IllegalStateException(property + " is neither a PEM PKCS#8 RSA private key (" + PRIVATE_BEGIN
                    + ") nor a PEM X.509 RSA public key (" + PUBLIC_BEGIN + ")");
        }
    }

    private static void requireStrength(RSAPublicKey publicKey, String property) {
        if (publicKey.getModulus().bitLength() < MIN_BITS) {
            throw new IllegalStateException(property + " is shorter than " + MIN_BITS + " bits");
        }
    }

    /** The DER bytes between the PEM armour lines; tolerates keys squeezed into one line or with literal "\n". */
    private static byte[] decode(String pem, String begin, String end) {
        String text = unescaped(pem);
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("not the expected PEM");
        }
        return Base64.getDecoder().decode(text.substring(from + begin.length(), to).replaceAll("\\s", ""));
    }

    private static String unescaped(String pem) {
        return pem.replace("\\n", "\n");
    }

    private static RSAKey withIdentity(RSAKey key) throws JOSEException {
        RSAKey identified = new RSAKey.Builder(key).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build();
        return new RSAKey.Builder(identified).keyID(identified.computeThumbprint().toString()).build();
    }
}
