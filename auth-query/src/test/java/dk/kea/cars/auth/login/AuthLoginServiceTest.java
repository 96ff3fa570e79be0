package dk.kea.cars.auth.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dk.kea.cars.api.common.Role;
import dk.kea.cars.auth.credentials.AuthCredentialsDocument;
import dk.kea.cars.auth.credentials.AuthCredentialsStore;
import dk.kea.cars.auth.token.AuthSigningKey;
import dk.kea.cars.auth.token.AuthTokenIssuer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Spec §3: an unknown email must not answer faster than a wrong password. Not measured by time: every path must run
 * exactly one bcrypt check, the unknown email against the dummy hash.
 */
class AuthLoginServiceTest {

    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(4);
    private static final String PASSWORD = "Correct-Horse-42";
    private static final String DUMMY_HASH = BCRYPT.encode("dummy-" + UUID.randomUUID());

    private final AuthCredentialsStore store = mock(AuthCredentialsStore.class);
    private final CountingEncoder encoder = new CountingEncoder();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private AuthLoginService logins;
    private String employeeHash;

    @BeforeEach
    void setUp() throws Exception {
        AuthTokenIssuer issuer = new AuthTokenIssuer(new AuthSigningKey("", true), Duration.ofMinutes(5),
                "kea-cars", "kea-cars-api");
        AuthLoginThrottle throttle = new AuthLoginThrottle(1000, 1000, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1));
        logins = new AuthLoginService(store, issuer, throttle, encoder, DUMMY_HASH, new AuthLoginOutcomes(meters));
        employeeHash = BCRYPT.encode(PASSWORD);
        when(store.byEmail(anyString())).thenReturn(Optional.empty());
        when(store.byEmail("known@kea.dk")).thenReturn(Optional.of(document("known@kea.dk", false)));
        when(store.byEmail("gone@kea.dk")).thenReturn(Optional.of(document("gone@kea.dk", true)));
    }

    @Test
    void anUnknownEmailIsCheckedOnceAgainstTheDummyHash() {
        assertThatThrownBy(() -> logins.login("nobody@kea.dk", PASSWORD, "10.0.0.1"))
                .isInstanceOf(AuthLoginFailed.class);

        assertThat(encoder.hashesChecked).containsExactly(DUMMY_HASH);
    }

    @Test
    void aWrongPasswordIsCheckedOnceAgainstTheEmployeesHash() {
        assertThatThrownBy(() -> logins.login("known@kea.dk", "Wrong-Password-1", "10.0.0.1"))
                .isInstanceOf(AuthLoginFailed.class);

        assertThat(encoder.hashesChecked).containsExactly(employeeHash);
    }

    @Test
    void aDeletedEmployeeAndAnOverlongPasswordAlsoCostOneCheck() {
        assertThatThrownBy(() -> logins.login("gone@kea.dk", PASSWORD, "10.0.0.1"))
                .isInstanceOf(AuthLoginFailed.class);
        assertThatThrownBy(() -> logins.login("nobody@kea.dk", "x".repeat(100), "10.0.0.1"))
                .isInstanceOf(AuthLoginFailed.class);
        assertThatThrownBy(() -> logins.login("{\"$gt\":\"\"}", "<script>\"'$gt", "10.0.0.1"))
                .isInstanceOf(AuthLoginFailed.class);

        assertThat(encoder.hashesChecked).containsExactly(employeeHash, DUMMY_HASH, DUMMY_HASH);
    }

    @Test
    void theRightPasswordLogsInAfterOneCheck() {
        AuthTokenResponse response = logins.login("known@kea.dk", PASSWORD, "10.0.0.1");

        assertThat(response.accessToken()).isNotBlank();
        assertThat(encoder.hashesChecked).containsExactly(employeeHash);
    }

    @Test
    void everyLoginIsCountedByOutcomeAndAThrottledOneChecksNoPassword() throws Exception {
        AuthLoginThrottle strict = new AuthLoginThrottle(1000, 1, Duration.ofMinutes(1), Duration.ofMinutes(15),
                Duration.ofHours(1));
        AuthLoginService throttled = new AuthLoginService(store, new AuthTokenIssuer(new AuthSigningKey("", true),
                Duration.ofMinutes(5), "kea-cars", "kea-cars-api"), strict, encoder, DUMMY_HASH,
                new AuthLoginOutcomes(meters));

        throttled.login("known@kea.dk", PASSWORD, "10.0.0.2");
        assertThatThrownBy(() -> throttled.login("known@kea.dk", "Wrong-Password-1", "10.0.0.3"))
                .isInstanceOf(AuthLoginFailed.class);
        assertThatThrownBy(() -> throttled.login("known@kea.dk", PASSWORD, "10.0.0.3"))
                .isInstanceOf(AuthLoginThrottled.class);

        assertThat(logins("succeeded")).isEqualTo(1);
        assertThat(logins("failed")).isEqualTo(1);
        assertThat(logins("throttled")).isEqualTo(1);
        assertThat(encoder.hashesChecked).hasSize(2);
    }

    private double logins(String outcome) {
        return meters.get(AuthLoginOutcomes.METRIC).tag("outcome", outcome).counter().count();
    }

    /** The dummy hash is a real bcrypt hash of the command side's cost, so checking it costs what a real one does. */
    @Test
    void theSpringBuiltDummyHashIsARealBcryptHashOfTheConfiguredCost() throws Exception {
        AuthLoginService built = new AuthLoginService(store,
                new AuthTokenIssuer(new AuthSigningKey("", true), Duration.ofMinutes(5), "kea-cars", "kea-cars-api"),
                new AuthLoginThrottle(1000, 1000, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1)), 5,
                new SimpleMeterRegistry());
        java.lang.reflect.Field field = AuthLoginService.class.getDeclaredField("dummyHash");
        field.setAccessible(true);

        assertThat((String) field.get(built)).matches("\\$2a\\$05\\$.{53}");
    }

    private AuthCredentialsDocument document(String email, boolean deleted) {
        return new AuthCredentialsDocument(UUID.randomUUID().toString(), email, employeeHash, Role.ADMIN, "Ada",
                "Admin", deleted, 0);
    }

    private static final class CountingEncoder implements PasswordEncoder {

        final List<String> hashesChecked = new ArrayList<>();

        @Override
        public String encode(CharSequence raw) {
            throw new UnsupportedOperationException("login never hashes");
        }

        @Override
        public boolean matches(CharSequence raw, String hash) {
            hashesChecked.add(hash);
            return BCRYPT.matches(raw, hash);
        }
    }
}
