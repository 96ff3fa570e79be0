package dk.kea.cars.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Crypto-shredding of customers (issue 14, part 2): the stored events carry no personal data as text; an erasure
 * makes it unreadable in every API, also after a replay, and frees the email; customers stored before encryption are
 * still read.
 */
class CustomerErasureHttpTest extends StandaloneTest {

    private static final String ERASED = "[erased]";
    private static final List<String> PERSONAL_FIELDS = List.of("email", "phone_number", "first_name", "last_name",
            "address");

    @Autowired
    JdbcTemplate jdbc;

    /** One customer's personal data, distinctive enough to be searched for in stored bytes. */
    private record Person(String email, String phone, String firstName, String lastName, String address) {

        static Person random() {
            String word = Names.randomWord();
            return new Person(word.toLowerCase() + "@example.com",
                    String.valueOf(10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999)), word,
                    Names.randomWord(), Names.randomWord() + " Street 7");
        }

        /** The body of a create; absent optional fields left out. */
        Map<String, Object> body() {
            Map<String, Object> body = new java.util.HashMap<>();
            body.put("email", email);
            body.put("phone_number", phone);
            body.put("first_name", firstName);
            body.put("last_name", lastName);
            body.put("address", address);
            body.values().removeIf(java.util.Objects::isNull);
            return body;
        }

        List<String> values() {
            return java.util.stream.Stream.of(email, phone, firstName, lastName, address)
                    .filter(java.util.Objects::nonNull).toList();
        }
    }

    @Test
    void theStoredEventsCarryNoPersonalDataAsTextWhileEveryApiShowsIt() {
        String manager = tokenOf(MANAGER);
        Person person = Person.random();
        String id = create(manager, person);
        Http.Response changed = http.put("/api/customers/" + id).token(manager)
                .json(Map.of("address", "Other Road 12")).send();
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);

        assertThat(storedPayloads(id)).hasSize(2).allSatisfy(payload -> {
            assertThat(payload).contains("aes-gcm:");
            person.values().forEach(value -> assertThat(payload).doesNotContainIgnoringCase(value));
            assertThat(payload).doesNotContain("Other Road");
        });
        JsonNode shown = http.get("/api/customers/" + id).token(manager).send().json();
        assertThat(shown.get("email").asText()).isEqualTo(person.email());
        assertThat(shown.get("address").asText()).isEqualTo("Other Road 12");
        JsonNode history = http.get("/api/audit/customer/" + id + "/history").token(tokenOf(ADMIN)).send().json();
        assertThat(history.get(0).get("payload").get("first_name").asText()).isEqualTo(person.firstName());
        assertThat(history.toString()).doesNotContain("aes-gcm:");
    }

    @Test
    void anErasedCustomerIsErasedInEveryApiItsCarsAreGoneAndItsEmailIsFree() {
        String admin = tokenOf(ADMIN);
        Person person = Person.random();
        String id = create(admin, person);
        String car = newCar(admin, id, JAMES_ID).json().get("id").asText();
        JsonNode before = http.get("/api/audit/customer/" + id + "/history").token(admin).send().json();
        String createdAt = before.get(0).get("occurred_at").asText();

        Http.Response erased = http.post("/api/customers/" + id + "/erase").token(admin).send();

        assertThat(erased.status()).as(erased.body()).isEqualTo(204);
        assertProblem(http.get("/api/customers/" + id).token(admin).send(), 404);
        assertProblem(http.get("/api/cars/" + car).token(admin).send(), 404);
        assertThat(http.get("/api/customers?email_filter=" + person.email()).token(admin).send().json()).isEmpty();

        JsonNode history = http.get("/api/audit/customer/" + id + "/history").token(admin).send().json();
        assertThat(eventTypes(history)).containsExactly("CustomerCreated", "CustomerDeleted", "CustomerErased");
        for (int i = 0; i < 2; i++) {
            assertErased(history.get(i).get("payload"));
        }
        assertNoneOf(person, history.toString());
        JsonNode asCreated = http.get("/api/audit/customer/" + id + "?as_of=" + createdAt).token(admin).send().json();
        assertErased(asCreated.get("state"));
        assertThat(asCreated.get("state").get("deleted").asBoolean()).isFalse();
        JsonNode now = http.get("/api/audit/customer/" + id + "?as_of=" + java.time.Instant.now()).token(admin)
                .send().json();
        assertErased(now.get("state"));
        assertThat(now.get("state").get("erased").asBoolean()).isTrue();
        long first = history.get(0).get("position").asLong();
        JsonNode trail = http.get("/api/audit/events?aggregate_type=customer&after=" + (first - 1) + "&limit=1000")
                .token(admin).send().json().get("events");
        assertThat(trail).isNotEmpty();
        assertNoneOf(person, trail.toString());
        assertNoneOf(person, jdbc.queryForList("SELECT * FROM qry_customer WHERE id = ?", id).toString());

        assertThat(create(admin, new Person(person.email(), null, "Anna", "Again", null))).isNotEqualTo(id);
    }

    @Test
    void aReplayAfterAnErasureDoesNotBringTheDataBack() {
        String admin = tokenOf(ADMIN);
        Person person = Person.random();
        String id = create(admin, person);
        assertThat(http.post("/api/customers/" + id + "/erase").token(admin).send().status()).isEqualTo(204);
        // as if the row had been lost: the replay must build it again from the customer's first event on
        jdbc.update("DELETE FROM qry_customer WHERE id = ?", id);

        Http.Response replay = http.post("/api/audit/projections/query-side/replay").token(admin).send();

        assertThat(replay.status()).as(replay.body()).isEqualTo(202);
        await().atMost(Duration.ofMinutes(2)).until(() -> replayedToTheHead(admin));
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM qry_customer WHERE id = ?", id);
        assertThat(rows).hasSize(1);
        for (String column : List.of("email", "email_lower", "phone_number", "first_name", "last_name", "address")) {
            assertThat(rows.get(0).get(column)).as(column).isEqualTo(ERASED);
        }
        assertThat(rows.get(0).get("deleted")).isEqualTo(true);
        assertProblem(http.get("/api/customers/" + id).token(admin).send(), 404);
    }

    @Test
    void erasingTwiceIsFineADeletedCustomerCanBeErasedAndAnUnknownOneIsNotFound() {
        String admin = tokenOf(ADMIN);
        String id = newCustomer(admin);
        assertThat(http.delete("/api/customers/" + id).token(admin).send().status()).isEqualTo(204);

        Http.Response first = http.post("/api/customers/" + id + "/erase").token(admin).send();
        Http.Response second = http.post("/api/customers/" + id + "/erase").token(admin).send();

        assertThat(first.status()).as(first.body()).isEqualTo(204);
        assertThat(second.status()).as(second.body()).isEqualTo(204);
        JsonNode history = http.get("/api/audit/customer/" + id + "/history").token(admin).send().json();
        assertThat(eventTypes(history)).containsExactly("CustomerCreated", "CustomerDeleted", "CustomerErased");
        Http.Response unknown = http.post("/api/customers/" + UUID.randomUUID() + "/erase").token(admin).send();
        assertProblem(unknown, 404);
        assertThat(unknown.json().get("detail").asText()).startsWith("No customer with id");
        assertProblem(http.put("/api/customers/" + id).token(admin).json(Map.of("first_name", "Back")).send(), 404);
    }

    @Test
    void onlyAdminsErase() {
        String id = newCustomer(tokenOf(MANAGER));

        assertProblem(http.post("/api/customers/" + id + "/erase").token(tokenOf(MANAGER)).send(), 403);
        assertProblem(http.post("/api/customers/" + id + "/erase").token(tokenOf(SALES)).send(), 403);
        assertProblem(http.post("/api/customers/" + id + "/erase").send(), 401);
        assertThat(http.get("/api/customers/" + id).token(tokenOf(MANAGER)).send().status()).isEqualTo(200);
    }

    @Test
    void aCustomerStoredBeforeEncryptionIsReadChangedAndErased() {
        String admin = tokenOf(ADMIN);
        Person person = Person.random();
        UUID id = UUID.randomUUID();
        storeRevisionOneCustomer(id, person);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> http.get("/api/customers/" + id).token(admin).send().status() == 200);
        JsonNode shown = http.get("/api/customers/" + id).token(admin).send().json();
        assertThat(shown.get("email").asText()).isEqualTo(person.email());
        assertThat(shown.get("first_name").asText()).isEqualTo(person.firstName());

        Http.Response changed = http.put("/api/customers/" + id).token(admin).json(Map.of("last_name", "Newname"))
                .send();

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("email").asText()).isEqualTo(person.email());
        assertThat(changed.json().get("last_name").asText()).isEqualTo("Newname");
        List<String> stored = storedPayloads(id.toString());
        assertThat(stored.get(1)).contains("aes-gcm:").doesNotContain(person.email()).doesNotContain("Newname");
        JsonNode history = http.get("/api/audit/customer/" + id + "/history").token(admin).send().json();
        assertThat(history.get(0).get("payload").get("email").asText()).isEqualTo(person.email());
        assertThat(history.get(0).get("revision").asText()).isEqualTo("2");

        assertThat(http.post("/api/customers/" + id + "/erase").token(admin).send().status()).isEqualTo(204);

        JsonNode after = http.get("/api/audit/customer/" + id + "/history").token(admin).send().json();
        assertErased(after.get(0).get("payload"));
        assertNoneOf(person, after.toString());
        // the known limit (docs/security.md): the old event's stored bytes keep their text; only reads hide it
        assertThat(storedPayloads(id.toString()).get(0)).contains(person.email());
    }

    private String create(String token, Person person) {
        Http.Response created = http.post("/api/customers").token(token).json(person.body()).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static void assertErased(JsonNode fields) {
        for (String field : PERSONAL_FIELDS) {
            assertThat(fields.get(field).asText()).as(field + " of " + fields).isEqualTo(ERASED);
        }
    }

    private static void assertNoneOf(Person person, String text) {
        person.values().forEach(value -> assertThat(text).doesNotContainIgnoringCase(value));
    }

    private static List<String> eventTypes(JsonNode history) {
        List<String> types = new ArrayList<>();
        history.forEach(entry -> types.add(entry.get("event_type").asText()));
        return types;
    }

    /** The payloads of the customer's events exactly as the event store holds them, in order. */
    private List<String> storedPayloads(String id) {
        return jdbc.queryForList("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ? "
                        + "ORDER BY sequence_number", byte[].class, id).stream()
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8)).toList();
    }

    private boolean replayedToTheHead(String admin) {
        for (JsonNode processor : http.get("/api/audit/projections").token(admin).send().json()) {
            if (processor.get("name").asText().equals("query-side")) {
                return processor.get("lag").asLong() == 0 && (!processor.get("replaying").asBoolean()
                        || processor.get("position").asLong() >= processor.get("replay_up_to").asLong());
            }
        }
        return false;
    }

    /** Exactly what the command side wrote before encryption: revision 1, the personal fields as text. */
    private void storeRevisionOneCustomer(UUID id, Person person) {
        String payload = "{\"id\":\"" + id + "\",\"sequence\":0,\"occurredAt\":\"2025-06-01T10:00:00Z\","
                + "\"email\":\"" + person.email() + "\",\"phoneNumber\":\"" + person.phone() + "\",\"firstName\":\""
                + person.firstName() + "\",\"lastName\":\"" + person.lastName() + "\",\"address\":\""
                + person.address() + "\",\"deleted\":false}";
        jdbc.update("INSERT INTO domain_event_entry (event_identifier, meta_data, payload, payload_revision, "
                        + "payload_type, time_stamp, aggregate_identifier, sequence_number, type) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(), "{}".getBytes(StandardCharsets.UTF_8),
                payload.getBytes(StandardCharsets.UTF_8), "1", "dk.kea.cars.api.customer.CustomerCreated",
                "2025-06-01T10:00:00Z", id.toString(), 0L, "Customer");
    }
}
