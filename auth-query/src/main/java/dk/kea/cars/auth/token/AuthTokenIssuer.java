package dk.kea.cars.auth.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dk.kea.cars.api.common.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Signs access tokens (RS256): who ({@code sub}), which role, for whom ({@code aud}) and until when. */
@Component
public class AuthTokenIssuer {

    private final AuthSigningKey key;
    private final RSASSASigner signer;
    private final Duration lifetime;
    private final String issuer;
    private final String audience;

    public AuthTokenIssuer(AuthSigningKey key,
                           @Value("${kea.auth.token-lifetime:30m}") Duration lifetime,
                           @Value("${kea.security.issuer:kea-cars}") String issuer,
                           @Value("${kea.security.audience:kea-cars-api}") String audience) throws JOSEException {
        this.key = key;
        this.signer = new RSASSASigner(key.privateKey());
        this.lifetime = lifetime;
        this.issuer = issuer;
        this.audience = audience;
    }

    public Duration lifetime() {
        return lifetime;
    }

    public String issue(UUID employeeId, Role role) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(employeeId.toString())
                .claim("role", role.wireName())
                .issuer(issuer)
                .audience(audience)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.keyId())
                .type(JOSEObjectType.JWT)
                .build();
        SignedJWT token = new SignedJWT(header, claims);
        try {
            token.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
        return token.serialize();
    }
}
