package dk.kea.cars.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kea.cars.api.purchase.DeletePurchase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event stored with an old revision (a purchase before currencies existed) still loads in the aggregate and
 * shows in the audit view as the current revision (issue 5: upcasting).
 */
class UpcastingHttpTest extends StandaloneTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CommandGateway commands;

    @Test
    void aRevisionOnePurchaseLoadsInTheAggregateAndTheAuditView() {
        UUID purchase = UUID.randomUUID();
        storeRevisionOnePurchase(purchase, UUID.randomUUID());

        commands.sendAndWait(new DeletePurchase(purchase));

        JsonNode history = http.get("/api/audit/purchase/" + purchase + "/history").token(tokenOf(ADMIN)).send().json();
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("payload").get("currency").asText()).isEqualTo("DKK");
        assertThat(history.get(0).get("revision").asText()).isEqualTo("2");
        assertThat(history.get(1).get("event_type").asText()).isEqualTo("PurchaseDeleted");
        assertThat(history.get(1).get("payload").get("car_id").asText())
                .isEqualTo(history.get(0).get("payload").get("car_id").asText());
    }

    /** Exactly what an older version of the command side wrote: revision 1, no currency field. */
    private void storeRevisionOnePurchase(UUID purchase, UUID car) {
        String payload = "{\"id\":\"" + purchase + "\",\"sequence\":0,\"occurredAt\":\"2025-06-01T10:00:00Z\","
                + "\"carId\":\"" + car + "\",\"dateOfPurchase\":\"2025-06-01\",\"deleted\":false}";
        jdbc.update("INSERT INTO domain_event_entry (event_identifier, meta_data, payload, payload_revision, "
                        + "payload_type, time_stamp, aggregate_identifier, sequence_number, type) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(), "{}".getBytes(StandardCharsets.UTF_8),
                payload.getBytes(StandardCharsets.UTF_8), "1", "dk.kea.cars.api.purchase.PurchaseCreated",
                "2025-06-01T10:00:00Z", purchase.toString(), 0L, "Purchase");
    }
}
