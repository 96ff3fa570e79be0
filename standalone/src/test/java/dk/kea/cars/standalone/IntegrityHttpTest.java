package dk.kea.cars.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kea.cars.api.purchase.DeletePurchase;
import dk.kea.cars.command.integrity.AnchorProbe;
import dk.kea.cars.platform.integrity.EventChain;
import dk.kea.cars.platform.integrity.StoredEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tamper evidence (issue 14) over HTTP, on a standalone app with a store of its own: every kind of tampering with
 * the stored events, done in SQL as someone with database access would, is found and located by
 * {@code GET /api/audit/integrity}; each test puts the store back as it was afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IntegrityHttpTest {

    @TempDir
    static Path data;

    private ConfigurableApplicationContext app;
    private Http http;
    private JdbcTemplate jdbc;
    private String admin;

    @BeforeAll
    void start() {
        app = ReplayFixture.start(data, "demo", "--kea.integrity.anchor-interval=1000d");
        http = new Http(app.getEnvironment().getProperty("local.server.port", Integer.class));
        jdbc = app.getBean(JdbcTemplate.class);
        admin = ReplayFixture.adminToken(http);
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    @Order(1)
    void aFreshStandaloneVerifiesWithEveryEventChained() {
        JsonNode report = integrity("");

        assertThat(report.get("verified").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.get("complete").asBoolean()).isTrue();
        assertThat(report.get("events_checked").asLong()).isEqualTo(count()).isPositive();
        assertThat(report.get("unchained").asLong()).isZero();
        assertThat(report.get("up_to_position").asLong()).isEqualTo(head());
        assertThat(report.get("broken").isNull()).isTrue();
        assertThat(report.get("continuation").isNull()).isTrue();
    }

    @Test
    void aWholeStoreCheckGoesPageByPageAndCarriesItsStateAcrossPages() {
        String customer = customerWithChanges(2);
        AnchorProbe.anchorUpTo(app, Instant.now());
        customerWithChanges(1);

        JsonNode first = http.get("/api/audit/integrity?limit=7").token(admin).send().json();
        JsonNode last = untilComplete(first, "&limit=7");

        assertThat(first.get("complete").asBoolean()).isFalse();
        assertThat(first.get("events_checked").asLong()).isEqualTo(7);
        assertThat(first.get("head_position").asLong()).isEqualTo(head());
        assertThat(last.get("verified").asBoolean()).as(last.toString()).isTrue();
        assertThat(last.get("events_checked").asLong()).isEqualTo(count());
        assertThat(last.get("anchors_checked").asLong()).isEqualTo(anchors()).isPositive();
        JsonNode customers = integrity("&aggregate_type=customer");
        assertThat(customers.get("verified").asBoolean()).isTrue();
        assertThat(customers.get("events_checked").asLong()).isEqualTo(jdbc.queryForObject(
                "SELECT COUNT(*) FROM domain_event_entry WHERE type = 'Customer'", Long.class));
        JsonNode one = integrity("&aggregate_type=customer&aggregate_id=" + customer);
        assertThat(one.get("verified").asBoolean()).isTrue();
        assertThat(one.get("events_checked").asLong()).isEqualTo(3);
        assertThat(one.get("up_to_position").asLong()).isEqualTo(rows(customer).get(2).position());
    }

    @Test
    void oneChangedByteOfAStoredPayloadIsFoundAndLocated() {
        String customer = customerWithChanges(1);
        Row event = rows(customer).get(1);
        byte[] changed = event.payload().clone();
        changed[changed.length / 2] ^= 1;

        jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?", changed, event.position());
        try {
            assertBrokenAt(integrity(""), "hash_mismatch", customer, 1, event.position());
            assertBrokenAt(integrity("&aggregate_id=" + customer), "hash_mismatch", customer, 1, event.position());
            JsonNode broken = integrity("").get("broken");
            assertThat(broken.get("found").asText()).isEqualTo(hashOf(event));
            assertThat(broken.get("expected").asText()).isNotEqualTo(hashOf(event)).hasSize(64);
        } finally {
            jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?", event.payload(),
                    event.position());
        }
        assertThat(integrity("").get("verified").asBoolean()).isTrue();
    }

    @Test
    void aDeletedEventIsFoundAndLocatedAtTheEventAfterIt() {
        String customer = customerWithChanges(2);
        Row deleted = rows(customer).get(1);
        Row next = rows(customer).get(2);

        jdbc.update("DELETE FROM domain_event_entry WHERE global_index = ?", deleted.position());
        try {
            JsonNode broken = assertBrokenAt(integrity(""), "missing_event", customer, 2, next.position());
            assertThat(broken.get("expected").asText()).isEqualTo("sequence 1");
            assertBrokenAt(integrity("&aggregate_id=" + customer), "missing_event", customer, 2, next.position());
        } finally {
            insert(deleted);
        }
        assertThat(integrity("").get("verified").asBoolean()).isTrue();
    }

    @Test
    void twoEventsSwappedInStoreOrderAreFoundAndLocated() {
        String customer = customerWithChanges(2);
        Row first = rows(customer).get(1);
        Row second = rows(customer).get(2);

        swapPositions(first.position(), second.position());
        try {
            JsonNode broken = assertBrokenAt(integrity(""), "out_of_order", customer, 2, first.position());
            assertThat(broken.get("expected").asText()).isEqualTo("sequence 1 stored before sequence 2");
            assertBrokenAt(integrity("&aggregate_id=" + customer), "out_of_order", customer, 2, first.position());
        } finally {
            swapPositions(first.position(), second.position());
        }
        assertThat(integrity("").get("verified").asBoolean()).isTrue();
    }

    @Test
    void twoEventsSwappedInSequenceAreFoundAndLocated() {
        String customer = customerWithChanges(2);
        Row first = rows(customer).get(1);
        Row second = rows(customer).get(2);

        swapSequences(customer, 1, 2);
        try {
            assertBrokenAt(integrity(""), "out_of_order", customer, 2, first.position());
            assertBrokenAt(integrity("&aggregate_id=" + customer), "hash_mismatch", customer, 1, second.position());
        } finally {
            swapSequences(customer, 1, 2);
        }
        assertThat(integrity("").get("verified").asBoolean()).isTrue();
    }

    @Test
    void aPayloadSwappedBetweenTwoAggregatesIsFoundAndLocated() {
        String one = customerWithChanges(0);
        String other = customerWithChanges(0);
        Row created = rows(one).get(0);
        Row otherCreated = rows(other).get(0);

        swapPayloads(created, otherCreated);
        try {
            assertBrokenAt(integrity(""), "hash_mismatch", one, 0, created.position());
            assertBrokenAt(integrity("&aggregate_id=" + other), "hash_mismatch", other, 0, otherCreated.position());
        } finally {
            putBack(created);
            putBack(otherCreated);
        }
        assertThat(integrity("").get("verified").asBoolean()).isTrue();
    }

    @Test
    void aRemovedHashAfterChainedEventsIsFound() {
        String customer = customerWithChanges(1);
        Row event = rows(customer).get(1);

        jdbc.update("UPDATE domain_event_entry SET meta_data = ? WHERE global_index = ?",
                "{}".getBytes(StandardCharsets.UTF_8), event.position());
        try {
            assertBrokenAt(integrity(""), "hash_missing", customer, 1, event.position());
        } finally {
            jdbc.update("UPDATE domain_event_entry SET meta_data = ? WHERE global_index = ?", event.metaData(),
                    event.position());
        }
    }

    @Test
    void anUpcastEventVerifiesAgainstItsStoredFormAndOldUnchainedEventsStartAChain() {
        UUID chained = UUID.randomUUID();
        UUID unchained = UUID.randomUUID();
        storeRevisionOnePurchase(chained, true);
        storeRevisionOnePurchase(unchained, false);
        CommandGateway commands = app.getBean(CommandGateway.class);

        commands.sendAndWait(new DeletePurchase(chained));
        commands.sendAndWait(new DeletePurchase(unchained));

        JsonNode history = http.get("/api/audit/purchase/" + chained + "/history").token(admin).send().json();
        assertThat(history.get(0).get("revision").asText()).as("read through the upcaster").isEqualTo("2");
        JsonNode upcast = integrity("&aggregate_type=purchase&aggregate_id=" + chained);
        assertThat(upcast.get("verified").asBoolean()).as(upcast.toString()).isTrue();
        assertThat(upcast.get("events_checked").asLong()).isEqualTo(2);
        assertThat(upcast.get("unchained").asLong()).isZero();
        JsonNode old = integrity("&aggregate_id=" + unchained);
        assertThat(old.get("verified").asBoolean()).as(old.toString()).isTrue();
        assertThat(old.get("unchained").asLong()).isEqualTo(1);
        JsonNode store = integrity("");
        assertThat(store.get("verified").asBoolean()).as(store.toString()).isTrue();
        assertThat(store.get("unchained").asLong()).isEqualTo(1);
    }

    @Test
    void anEventPublishedOutsideAnyAggregateIsAChainOfItsOwn() {
        EventStore events = app.getBean(EventStore.class);
        new TransactionTemplate(app.getBean(PlatformTransactionManager.class)).executeWithoutResult(status ->
                events.publish(GenericEventMessage.asEventMessage("a notice outside any aggregate")));

        Map<String, Object> stored = jdbc.queryForMap("SELECT type, meta_data FROM domain_event_entry "
                + "WHERE global_index = ?", head());
        assertThat(stored.get("type")).isNull();
        assertThat(new String((byte[]) stored.get("meta_data"), StandardCharsets.UTF_8))
                .contains(EventChain.CHAIN_HASH);
        JsonNode report = integrity("");
        assertThat(report.get("verified").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.get("up_to_position").asLong()).isEqualTo(head());
    }

    @Test
    void anchorsFindTheRemovedNewestEventsOfAnAggregateAndWholeAggregates() {
        String customer = customerWithChanges(1);
        AnchorProbe.anchorUpTo(app, Instant.now());
        long anchoredUpTo = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry "
                + "WHERE type IS NULL OR type <> 'HistoryAnchor'", Long.class);
        List<Row> events = rows(customer);

        jdbc.update("DELETE FROM domain_event_entry WHERE global_index = ?", events.get(1).position());
        try {
            assertThat(integrity("&aggregate_id=" + customer).get("verified").asBoolean())
                    .as("its chain alone cannot tell its newest event is gone").isTrue();
            JsonNode broken = assertBrokenAt(integrity(""), "anchor_mismatch", "history-anchor", null, anchoredUpTo);
            assertThat(broken.get("aggregate_type").asText()).isEqualTo("historyanchor");
            assertThat(broken.get("found").asText()).startsWith((anchoredCount() - 1) + " events");
        } finally {
            insert(events.get(1));
        }
        jdbc.update("DELETE FROM domain_event_entry WHERE aggregate_identifier = ?", customer);
        try {
            assertBrokenAt(integrity(""), "anchor_mismatch", "history-anchor", null, anchoredUpTo);
        } finally {
            events.forEach(this::insert);
        }
        assertThat(integrity("").get("verified").asBoolean()).isTrue();
    }

    @Test
    void badQuestionsAreProblemsAndChangeNothing() {
        long before = count();

        assertProblem(http.get("/api/audit/integrity?continuation=not-a-continuation").token(admin).send(), 422);
        assertProblem(http.get("/api/audit/integrity?limit=0").token(admin).send(), 422);
        assertProblem(http.get("/api/audit/integrity?aggregate_type=wheel").token(admin).send(), 422);
        String continuation = http.get("/api/audit/integrity?limit=1").token(admin).send().json()
                .get("continuation").asText();
        assertProblem(http.get("/api/audit/integrity?aggregate_id=" + UUID.randomUUID() + "&continuation="
                + continuation).token(admin).send(), 422);
        assertProblem(http.get("/api/audit/integrity?aggregate_type=car&continuation=" + continuation).token(admin)
                .send(), 422);
        assertProblem(http.get("/api/audit/integrity?aggregate_id=" + UUID.randomUUID()).token(admin).send(), 404);
        assertProblem(http.get("/api/audit/integrity?aggregate_type=car&aggregate_id="
                + customerWithChanges(0)).token(admin).send(), 404);
        assertThat(count()).isEqualTo(before + 1);
    }

    // --- helpers

    private JsonNode integrity(String query) {
        Http.Response first = http.get("/api/audit/integrity?limit=1000" + query).token(admin).send();
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        return untilComplete(first.json(), query);
    }

    private JsonNode untilComplete(JsonNode report, String query) {
        while (report.get("verified").asBoolean() && !report.get("complete").asBoolean()) {
            Http.Response next = http.get("/api/audit/integrity?continuation=" + report.get("continuation").asText()
                    + query.replaceAll("&aggregate_type=[a-z]+", "")).token(admin).send();
            assertThat(next.status()).as(next.body()).isEqualTo(200);
            report = next.json();
        }
        return report;
    }

    private static JsonNode assertBrokenAt(JsonNode report, String problem, String aggregateId, Integer sequence,
                                           long position) {
        assertThat(report.get("verified").asBoolean()).as(report.toString()).isFalse();
        JsonNode broken = report.get("broken");
        assertThat(broken.get("problem").asText()).as(report.toString()).isEqualTo(problem);
        assertThat(broken.get("aggregate_id").asText()).isEqualTo(aggregateId);
        if (sequence != null) {
            assertThat(broken.get("sequence").asLong()).isEqualTo(sequence.longValue());
        }
        assertThat(broken.get("position").asLong()).isEqualTo(position);
        assertThat(broken.get("detail").asText()).isNotBlank();
        return broken;
    }

    /** A new customer with {@code changes} updates after its creation; answers its id. */
    private String customerWithChanges(int changes) {
        Http.Response created = http.post("/api/customers").token(admin).json(Map.of(
                "email", Names.randomWord().toLowerCase() + "@example.com", "first_name", "Anna",
                "last_name", "Berg", "phone_number", "12345678", "address", "Main Street 1")).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        for (int change = 0; change < changes; change++) {
            Http.Response updated = http.put("/api/customers/" + id).token(admin)
                    .json(Map.of("address", "Side Street " + (change + 2))).send();
            assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        }
        return id;
    }

    private record Row(long position, String eventId, byte[] metaData, byte[] payload, String revision,
                       String payloadType, String timeStamp, String aggregateId, long sequence, String type) {
    }

    private List<Row> rows(String aggregateId) {
        return jdbc.query("SELECT * FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number",
                (row, index) -> new Row(row.getLong("global_index"), row.getString("event_identifier"),
                        row.getBytes("meta_data"), row.getBytes("payload"), row.getString("payload_revision"),
                        row.getString("payload_type"), row.getString("time_stamp"),
                        row.getString("aggregate_identifier"), row.getLong("sequence_number"), row.getString("type")),
                aggregateId);
    }

    private void insert(Row row) {
        jdbc.update("INSERT INTO domain_event_entry (global_index, event_identifier, meta_data, payload, "
                        + "payload_revision, payload_type, time_stamp, aggregate_identifier, sequence_number, type) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row.position(), row.eventId(), row.metaData(),
                row.payload(), row.revision(), row.payloadType(), row.timeStamp(), row.aggregateId(), row.sequence(),
                row.type());
    }

    private void swapPositions(long one, long other) {
        jdbc.update("UPDATE domain_event_entry SET global_index = -1 WHERE global_index = ?", one);
        jdbc.update("UPDATE domain_event_entry SET global_index = ? WHERE global_index = ?", one, other);
        jdbc.update("UPDATE domain_event_entry SET global_index = ? WHERE global_index = -1", other);
    }

    private void swapSequences(String aggregateId, long one, long other) {
        jdbc.update("UPDATE domain_event_entry SET sequence_number = -1 WHERE aggregate_identifier = ? "
                + "AND sequence_number = ?", aggregateId, one);
        jdbc.update("UPDATE domain_event_entry SET sequence_number = ? WHERE aggregate_identifier = ? "
                + "AND sequence_number = ?", one, aggregateId, other);
        jdbc.update("UPDATE domain_event_entry SET sequence_number = ? WHERE aggregate_identifier = ? "
                + "AND sequence_number = -1", other, aggregateId);
    }

    private void putBack(Row row) {
        jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?", row.payload(), row.position());
    }

    private void swapPayloads(Row one, Row other) {
        jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?", other.payload(),
                one.position());
        jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?", one.payload(),
                other.position());
    }

    /**
     * What an older command side wrote: a revision-1 purchase (no currency), read today through the upcaster. With
     * {@code chained} it carries the hash of exactly these stored bytes, as if chaining had existed then.
     */
    private void storeRevisionOnePurchase(UUID purchase, boolean chained) {
        String eventId = UUID.randomUUID().toString();
        byte[] payload = ("{\"id\":\"" + purchase + "\",\"sequence\":0,\"occurredAt\":\"2025-06-01T10:00:00Z\","
                + "\"carId\":\"" + UUID.randomUUID() + "\",\"dateOfPurchase\":\"2025-06-01\",\"deleted\":false}")
                .getBytes(StandardCharsets.UTF_8);
        String type = "dk.kea.cars.api.purchase.PurchaseCreated";
        Instant at = Instant.parse("2025-06-01T10:00:00Z");
        String metadata = chained ? "{\"" + EventChain.CHAIN_HASH + "\":\"" + EventChain.hash(EventChain.START,
                new StoredEvent(null, "Purchase", purchase.toString(), 0, eventId, at.toEpochMilli(), type, "1",
                        payload, Map.of())) + "\"}" : "{}";
        jdbc.update("INSERT INTO domain_event_entry (event_identifier, meta_data, payload, payload_revision, "
                        + "payload_type, time_stamp, aggregate_identifier, sequence_number, type) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", eventId, metadata.getBytes(StandardCharsets.UTF_8),
                payload, "1", type, at.toString(), purchase.toString(), 0L, "Purchase");
    }

    private String hashOf(Row row) {
        String metadata = new String(row.metaData(), StandardCharsets.UTF_8);
        int start = metadata.indexOf(EventChain.CHAIN_HASH) + EventChain.CHAIN_HASH.length() + 3;
        return metadata.substring(start, start + 64);
    }

    private long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
    }

    private long head() {
        return jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
    }

    private long anchors() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE type = 'HistoryAnchor'",
                Long.class);
    }

    /** How many events the newest anchor covers (its payload's eventsCovered). */
    private long anchoredCount() {
        byte[] payload = jdbc.queryForObject("SELECT payload FROM domain_event_entry WHERE type = 'HistoryAnchor' "
                + "ORDER BY sequence_number DESC LIMIT 1", byte[].class);
        String json = new String(payload, StandardCharsets.UTF_8);
        return Long.parseLong(json.replaceAll(".*\"eventsCovered\":(\\d+).*", "$1"));
    }

    private static void assertProblem(Http.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
    }
}
