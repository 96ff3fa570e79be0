package dk.kea.cars.standalone;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unique names against the claim table (issue 9, item 3; issue 10, item 2). A claim no event stands behind is what a
 * crash between the claim's commit and the event append on Axon Server leaves: it may be taken over once it is older
 * than the grace period, never while a create may still be in flight, and never when its owner's event exists.
 */
class NameClaimHttpTest extends StandaloneTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOldClaimNoEventStandsBehindIsTakenOver() {
        String email = uniqueEmail();
        claim(email, UUID.randomUUID(), Instant.now().minus(Duration.ofMinutes(10)));

        Http.Response created = createCustomer(UUID.randomUUID(), email);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    @Test
    void aFreshClaimNoEventStandsBehindYetIsStillTaken() {
        String email = uniqueEmail();
        claim(email, UUID.randomUUID(), Instant.now());

        assertThat(createCustomer(UUID.randomUUID(), email).status()).isEqualTo(409);
    }

    @Test
    void anOldClaimWhoseEventWasStoredIsNeverTakenOver() {
        String email = uniqueEmail();
        assertThat(createCustomer(UUID.randomUUID(), email).status()).isEqualTo(201);
        jdbc.update("UPDATE cmd_name_claim SET claimed_at = ? WHERE claim_key = ?",
                Timestamp.from(Instant.now().minus(Duration.ofMinutes(10))), "CUSTOMER_EMAIL:" + email);

        assertThat(createCustomer(UUID.randomUUID(), email).status()).isEqualTo(409);
    }

    @Test
    void theLongestEmailsTheSpecAllowsAreAcceptedOnceAndThenConflict() {
        String customerEmail = longestEmail();
        assertThat(createCustomer(UUID.randomUUID(), customerEmail).status()).isEqualTo(201);
        assertThat(createCustomer(UUID.randomUUID(), customerEmail).status()).isEqualTo(409);

        String employeeEmail = longestEmail();
        Map<String, Object> employee = Map.of("email", employeeEmail, "password", "Long-Mail-Kx9-Vq4",
                "first_name", "Longest", "last_name", "Mail", "role", "sales_person");
        Http.Response created = http.post("/api/employees").token(tokenOf(ADMIN)).json(employee).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(http.post("/api/employees").token(tokenOf(ADMIN)).json(employee).send().status()).isEqualTo(409);
    }

    private Http.Response createCustomer(UUID id, String email) {
        return http.post("/api/customers").token(tokenOf(MANAGER)).json(Map.of("id", id.toString(), "email", email,
                "first_name", "Claim", "last_name", "Test", "phone_number", "10203040")).send();
    }

    private void claim(String email, UUID owner, Instant at) {
        jdbc.update("INSERT INTO cmd_name_claim (claim_key, scope, name_key, owner_id, claimed_at) "
                + "VALUES (?, 'CUSTOMER_EMAIL', ?, ?, ?)", "CUSTOMER_EMAIL:" + email, email, owner.toString(),
                Timestamp.from(at));
    }

    private static String uniqueEmail() {
        return "claim-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    /** 100 characters, the most spec §5 allows. */
    private static String longestEmail() {
        String domain = "@" + UUID.randomUUID().toString().replace("-", "") + ".dk";
        String local = "l".repeat(100 - domain.length());
        return local + domain;
    }
}
