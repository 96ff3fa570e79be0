package dk.kea.cars.auth.login;

import dk.kea.cars.api.validation.RuleViolation;
import dk.kea.cars.api.validation.Rules;
import dk.kea.cars.auth.credentials.AuthCredentialsDocument;
import dk.kea.cars.auth.credentials.AuthCredentialsStore;
import dk.kea.cars.auth.token.AuthTokenIssuer;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Checks an email and password against the credentials read model and issues a token. Every failure looks the same
 * from outside, in body and in time: an unknown email is still checked against a dummy hash.
 */
@Service
public class AuthLoginService {

    /** bcrypt reads at most 72 bytes; longer input is refused outright rather than silently truncated. */
    private static final int BCRYPT_MAX_BYTES = 72;

    private final AuthCredentialsStore credentials;
    private final AuthTokenIssuer tokens;
    private final AuthLoginThrottle throttle;
    private final PasswordEncoder bcrypt;
    private final String dummyHash;
    private final AuthLoginOutcomes outcomes;

    /** The dummy hash has the command side's cost, so checking it takes as long as checking a real one. */
    @Autowired
    public AuthLoginService(AuthCredentialsStore credentials, AuthTokenIssuer tokens, AuthLoginThrottle throttle,
                            @Value("${kea.security.bcrypt-strength:12}") int commandSideStrength,
                            MeterRegistry meters) {
        this(credentials, tokens, throttle, new BCryptPasswordEncoder(),
                new BCryptPasswordEncoder(commandSideStrength).encode(UUID.randomUUID().toString()),
                new AuthLoginOutcomes(meters));
    }

    /** With the encoder that checks hashes and the hash an unknown email is checked against; tests pass their own. */
    AuthLoginService(AuthCredentialsStore credentials, AuthTokenIssuer tokens, AuthLoginThrottle throttle,
                     PasswordEncoder bcrypt, String dummyHash, AuthLoginOutcomes outcomes) {
        this.credentials = credentials;
        this.tokens = tokens;
        this.throttle = throttle;
        this.bcrypt = bcrypt;
        this.dummyHash = dummyHash;
        this.outcomes = outcomes;
    }

    /**
     * Exactly one bcrypt check on every path past the throttle: against the employee's hash, or against the dummy
     * hash when the email is unknown, so the two cannot be told apart by time.
     */
    public AuthTokenResponse login(String rawEmail, String password, String clientAddress) {
        String email = normalised(rawEmail);
        attempt(email, clientAddress);
        Optional<AuthCredentialsDocument> found = credentials.byEmail(email);
        boolean passwordMatches = matches(password, found.map(AuthCredentialsDocument::passwordHash).orElse(dummyHash));
        if (found.isEmpty() || !passwordMatches || found.get().deleted()) {
            outcomes.failed();
            throw new AuthLoginFailed();
        }
        throttle.succeeded(email, clientAddress);
        outcomes.succeeded();
        return response(found.get());
    }

    private void attempt(String email, String clientAddress) {
        try {
            throttle.attempt(email, clientAddress);
        } catch (AuthLoginThrottled refused) {
            outcomes.throttled();
            throw refused;
        }
    }

    private AuthTokenResponse response(AuthCredentialsDocument employee) {
        String token = tokens.issue(employee.employeeId(), employee.role());
        return new AuthTokenResponse(token, AuthTokenResponse.BEARER, tokens.lifetime().toSeconds(), employee.toView());
    }

    private boolean matches(String password, String hash) {
        if (password == null || password.getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
            bcrypt.matches("password-too-long", hash);
            return false;
        }
        return bcrypt.matches(password, hash);
    }

    /** Stored emails went through {@link Rules#email}; an address that rule refuses cannot match any of them. */
    private static String normalised(String email) {
        if (email == null) {
            return "";
        }
        try {
            return Rules.email(email);
        } catch (RuleViolation notAnEmail) {
            return email.trim();
        }
    }
}
