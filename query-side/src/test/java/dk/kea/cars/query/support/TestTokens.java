package dk.kea.cars.query.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/** Tokens as auth-query issues them, signed with a key only this test JVM knows (and one nobody trusts). */
public final class TestTokens {

    public static final String ISSUER = "kea-cars";
    public static final String AUDIENCE = "kea-cars-api";
    private static final String KEY_ID = "query-side-test";
    private static final RSAKey TRUSTED = generate();
    private static final RSAKey FOREIGN = generate();

    private TestTokens() {
    }

    /** The JWKS holding only the public half of the trusted key. */
    public static String jwks() {
        return new JWKSet(TRUSTED.toPublicJWK()).toString();
    }

    public static String valid(UUID employeeId, String role) {
        return sign(TRUSTED, claims(employeeId, role, Instant.now(), Duration.ofMinutes(15), AUDIENCE));
    }

    public static String expired(UUID employeeId, String role) {
        return sign(TRUSTED, claims(employeeId, role, Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1),
                AUDIENCE));
    }

    public static String forAudience(UUID employeeId, String role, String audience) {
        return sign(TRUSTED, claims(employeeId, role, Instant.now(), Duration.ofMinutes(15), audience));
    }

    /** Same key id as the trusted key, different key: the signature does not verify. */
    public static String signedByStranger(UUID employeeId, String role) {
        return sign(FOREIGN, claims(employeeId, role, Instant.now(), Duration.ofMinutes(15), AUDIENCE));
    }

    /** HS256 with a shared secret: an algorithm the services must refuse. */
    public static String hmacSigned(UUID employeeId, String role) {
        try {
            SignedJWT jwt = new SignedJWT(header(JWSAlgorithm.HS256),
                    claims(employeeId, role, Instant.now(), Duration.ofMinutes(15), AUDIENCE));
            jwt.sign(new MACSigner("0123456789abcdef0123456789abcdef"));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet claims(UUID employeeId, String role, Instant issuedAt, Duration lifetime,
                                       String audience) {
        return new JWTClaimsSet.Builder()
                .subject(employeeId.toString())
                .issuer(ISSUER)
                .audience(audience)
                .claim("role", role)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(lifetime)))
                .build();
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(header(JWSAlgorithm.RS256), claims);
            JWSSigner signer = new RSASSASigner(key);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWSHeader header(JWSAlgorithm algorithm) {
        return new JWSHeader.Builder(algorithm).keyID(KEY_ID).type(JOSEObjectType.JWT).build();
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(KEY_ID).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
