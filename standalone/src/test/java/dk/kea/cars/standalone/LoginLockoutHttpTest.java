package dk.kea.cars.standalone;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Knowing an employee's email is not enough to lock them out (docs/security.md): failed logins slow down the address
 * they come from, while the employee logs in from elsewhere. Addresses are given as the ingress does, in
 * {@code X-Forwarded-For} from a trusted proxy (loopback).
 */
class LoginLockoutHttpTest extends StandaloneTest {

    private static final String ATTACKER = "203.0.113.66";
    private static final String EMPLOYEE_AT_WORK = "198.51.100.23";

    @Test
    void wrongPasswordsFromAStrangerDoNotLockTheEmployeeOut() {
        String[] employee = newEmployee("manager");
        String email = employee[2];
        String password = employee[3];

        Http.Response throttled = null;
        for (int attempt = 0; attempt < 12 && throttled == null; attempt++) {
            Http.Response response = loginFrom(ATTACKER, email, "Not-The-Password-" + attempt);
            if (response.status() == 429) {
                throttled = response;
            } else {
                assertThat(response.status()).as(response.body()).isEqualTo(401);
            }
        }

        assertThat(throttled).as("the stranger is slowed down").isNotNull();
        assertProblem(throttled, 429);
        assertThat(throttled.header("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Long.parseLong(seconds)).isPositive());
        Http.Response atWork = loginFrom(EMPLOYEE_AT_WORK, email, password);
        assertThat(atWork.status()).as(atWork.body()).isEqualTo(200);
        assertThat(loginFrom(EMPLOYEE_AT_WORK, email, password).status()).isEqualTo(200);
    }

    private Http.Response loginFrom(String address, String email, String password) {
        return http.post("/api/auth/login").header("X-Forwarded-For", address)
                .json(java.util.Map.of("email", email, "password", password)).send();
    }
}
