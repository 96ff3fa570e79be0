package dk.kea.cars.standalone;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dk.kea.cars.auth.token.AuthSigningKey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forged bearer tokens (§3): every forgery starts from a REAL login token's claims and changes one thing, and a
 * control re-signs the unchanged claims with the real key, so only the forgery itself can be what is refused.
 */
class TokenAttackHttpTest extends StandaloneTest {

    @Autowired
    AuthSigningKey signingKey;

    @Test
    void theUnchangedClaimsSignedWithTheRealKeyAreAccepted() throws Exception {
        String resigned = signWithRealKey(claims -> { });

        assertThat(write(resigned).status()).as("control write").isEqualTo(201);
        assertThat(read(resigned).status()).as("control read").isEqualTo(200);
    }

    /** A token stays good for its whole lifetime, not just the clock skew (query-side once refused it after 30 s). */
    @Test
    void aTokenIssuedMinutesAgoIsStillAcceptedEverywhere() throws Exception {
        String older = signWithRealKey(claims -> claims.issueTime(java.util.Date.from(
                java.time.Instant.now().minusSeconds(600))));

        assertThat(read(older).status()).isEqualTo(200);
        assertThat(write(older).status()).isIn(200, 201);
    }

    @Test
    void everyForgeryIs401OnWritesAndReads() throws Exception {
        String real = tokenOf(MANAGER);
        SignedJWT parsed = SignedJWT.parse(real);
        String kid = parsed.getHeader().getKeyID();
        JWTClaimsSet claims = parsed.getJWTClaimsSet();
        RSAKey attacker = new RSAKeyGenerator(2048).generate();
        Instant now = Instant.now();
        String[] parts = real.split("\\.");

        Map<String, String> forgeries = new LinkedHashMap<>();
        forgeries.put("expired", signWithRealKey(c -> c
                .issueTime(Date.from(now.minus(Duration.ofHours(2))))
                .expirationTime(Date.from(now.minus(Duration.ofMinutes(10))))));
        forgeries.put("wrong audience", signWithRealKey(c -> c.audience("some-other-api")));
        forgeries.put("wrong issuer", signWithRealKey(c -> c.issuer("https://evil.example")));
        forgeries.put("no expiry", signWithRealKey(c -> c.expirationTime(null)));
        forgeries.put("issued in the future", signWithRealKey(c -> c
                .issueTime(Date.from(now.plus(Duration.ofMinutes(10))))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(40))))));
        forgeries.put("no issued-at", signWithRealKey(c -> c.issueTime(null)));
        forgeries.put("tampered signature", parts[0] + "." + parts[1] + "." + flipMiddle(parts[2]));
        forgeries.put("tampered payload", parts[0] + "." + base64(new JWTClaimsSet.Builder(claims)
                .claim("role", "admin").subject(TOM_ID).build().toString()) + "." + parts[2]);
        forgeries.put("other RSA key, same kid", sign(claims, attacker, kid));
        forgeries.put("other RSA key, new kid", sign(claims, attacker, attacker.computeThumbprint().toString()));
        forgeries.put("other RSA key, no kid", sign(claims, attacker, null));
        forgeries.put("alg none", new PlainJWT(claims).serialize());
        forgeries.put("alg none, real signature kept", base64("{\"alg\":\"none\",\"kid\":\"" + kid + "\"}") + "."
                + parts[1] + "." + parts[2]);
        forgeries.put("HS256 with the public key as secret", hs256WithPublicKey(claims, kid));
        forgeries.put("garbage", "not.a.jwt");

        forgeries.forEach((name, token) -> {
            Http.Response write = write(token);
            assertThat(write.status()).as(name + " write: " + write.body()).isEqualTo(401);
            assertProblem(write, 401);
            assertClean(write);
            Http.Response read = read(token);
            assertThat(read.status()).as(name + " read: " + read.body()).isEqualTo(401);
            assertProblem(read, 401);
            assertClean(read);
        });
    }

    @Test
    void aDeletedEmployeesStillValidTokenIs403OnWritesAndReads() {
        String[] employee = newEmployee("manager");
        // wait until both services know the new manager: an invalid write then fails validation, not the role check
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                http.post("/api/insurances").token(employee[1]).json(Map.of()).send().status() == 422
                        && read(employee[1]).status() == 200);

        Http.Response deleted = http.delete("/api/employees/" + employee[0]).token(tokenOf(ADMIN)).send();
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);

        Http.Response write = write(employee[1]);
        assertProblem(write, 403);
        assertClean(write);
        Http.Response read = read(employee[1]);
        assertProblem(read, 403);
        assertClean(read);
    }

    private Http.Response write(String token) {
        return http.post("/api/insurances").token(token)
                .json(Map.of("name", "Cover " + Names.randomWord(), "price", 120.5)).send();
    }

    private Http.Response read(String token) {
        return http.get("/api/insurances").token(token).send();
    }

    /** The real manager token's claims, changed by {@code change}, signed with the service's own signing key. */
    private String signWithRealKey(Consumer<JWTClaimsSet.Builder> change) throws Exception {
        SignedJWT real = SignedJWT.parse(tokenOf(MANAGER));
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder(real.getJWTClaimsSet()).jwtID(UUID.randomUUID().toString());
        change.accept(claims);
        RSAKey key = ReflectionTestUtils.invokeMethod(signingKey, "privateKey");
        return sign(claims.build(), key, real.getHeader().getKeyID());
    }

    private static String sign(JWTClaimsSet claims, RSAKey key, String kid) throws Exception {
        JWSHeader.Builder header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT);
        if (kid != null) {
            header.keyID(kid);
        }
        SignedJWT token = new SignedJWT(header.build(), claims);
        token.sign(new RSASSASigner(key));
        return token.serialize();
    }

    /** The classic RS256 → HS256 confusion: the (public) JWKS key used as the HMAC secret. */
    private String hs256WithPublicKey(JWTClaimsSet claims, String kid) throws Exception {
        byte[] publicKey = signingKey.publicKeys().getKeys().get(0).toRSAKey().toRSAPublicKey().getEncoded();
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid)
                .type(JOSEObjectType.JWT).build(), claims);
        token.sign(new MACSigner(publicKey));
        return token.serialize();
    }

    private static String flipMiddle(String signature) {
        char[] chars = signature.toCharArray();
        int middle = chars.length / 2;
        chars[middle] = chars[middle] == 'A' ? 'B' : 'A';
        return new String(chars);
    }

    private static String base64(String json) {
        return java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Spec §8: an error body never shows internals. */
    static void assertClean(Http.Response response) {
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at dk.").doesNotContain("org.")
                .doesNotContain("SQL").doesNotContain("select ");
    }

    /** Spec §4: nobody is authenticated by a token whose subject is no employee; a deleted one stays 403. */
    @Test
    void aValidlySignedTokenOfNoEmployeeIs401OnWritesAndReads() throws Exception {
        String nobody = signWithRealKey(claims -> claims.subject(UUID.randomUUID().toString()));

        Http.Response write = write(nobody);
        Http.Response read = read(nobody);

        assertProblem(write, 401);
        assertClean(write);
        assertProblem(read, 401);
        assertClean(read);
    }
}
