package dk.kea.cars.command.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kea.cars.api.audit.AuditedType;
import dk.kea.cars.api.audit.FindStateAsOf;
import dk.kea.cars.api.audit.StateAsOf;
import dk.kea.cars.api.common.Role;
import dk.kea.cars.api.customer.CustomerCreated;
import dk.kea.cars.api.customer.CustomerDeleted;
import dk.kea.cars.api.customer.CustomerErased;
import dk.kea.cars.api.customer.CustomerUpdated;
import dk.kea.cars.api.personaldata.PersonalDataMarks;
import dk.kea.cars.api.personaldata.SealedText;
import dk.kea.cars.command.personaldata.InMemoryPersonalDataVault;
import dk.kea.cars.platform.personaldata.PersonalData;
import dk.kea.cars.platform.personaldata.PersonalDataJson;
import dk.kea.cars.api.employee.EmployeeCreated;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * "What did it look like then" on its own: the aggregate's own event-sourcing handlers over its events up to the
 * instant, the last event's sequence and time, and no secret in the state.
 */
class PointInTimeQueriesTest {

    private static final Instant CREATED = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant UPDATED = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant DELETED = Instant.parse("2026-03-03T10:00:00Z");

    private final EventStore events = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final JsonMapper json = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
    private final InMemoryPersonalDataVault vault = new InMemoryPersonalDataVault();
    private final PointInTimeQueries queries = new PointInTimeQueries(events, axonConfiguration(), json,
            new PersonalDataJson(json, new PersonalData(vault)));
    private final UUID customer = UUID.randomUUID();

    @Test
    void theStateAtAnInstantIsTheAggregateAfterItsLastEventUpToThen() {
        storeCustomerHistory();

        StateAsOf between = queries.handle(new FindStateAsOf(AuditedType.CUSTOMER, customer, UPDATED.minusSeconds(1)));

        assertThat(between.sequence()).isZero();
        assertThat(between.occurredAt()).isEqualTo(CREATED);
        JsonNode state = json.readTree(between.state());
        assertThat(state.get("email").asString()).isEqualTo("ada@example.com");
        assertThat(state.get("deleted").asBoolean()).isFalse();
    }

    @Test
    void anEventAtExactlyTheInstantCounts() {
        storeCustomerHistory();

        StateAsOf atUpdate = queries.handle(new FindStateAsOf(AuditedType.CUSTOMER, customer, UPDATED));

        assertThat(atUpdate.sequence()).isEqualTo(1);
        assertThat(json.readTree(atUpdate.state()).get("email").asString()).isEqualTo("ada@kea.dk");
    }

    @Test
    void afterTheTombstoneTheStateShowsTheDeletion() {
        storeCustomerHistory();

        StateAsOf now = queries.handle(new FindStateAsOf(AuditedType.CUSTOMER, customer, Instant.now()));

        assertThat(now.sequence()).isEqualTo(2);
        assertThat(now.occurredAt()).isEqualTo(DELETED);
        assertThat(json.readTree(now.state()).get("deleted").asBoolean()).isTrue();
    }

    @Test
    void beforeItsFirstEventAnEntityHasNoState() {
        storeCustomerHistory();

        assertThat(queries.handle(new FindStateAsOf(AuditedType.CUSTOMER, customer, CREATED.minusMillis(1))))
                .isNull();
    }

    @Test
    void anIdOfAnotherTypeHasNoState() {
        storeCustomerHistory();

        assertThat(queries.handle(new FindStateAsOf(AuditedType.CAR, customer, Instant.now()))).isNull();
    }

    @Test
    void aPasswordHashNeverReachesTheAuditor() {
        UUID employee = UUID.randomUUID();
        store("Employee", employee, 0, CREATED, new EmployeeCreated(employee, 0, CREATED, "bo@kea.dk", "Bo",
                "Berg", Role.SALES_PERSON, "$2a$10$secretsecretsecretsecretsecretsecretsecretsecretsec", false));

        StateAsOf state = queries.handle(new FindStateAsOf(AuditedType.EMPLOYEE, employee, Instant.now()));

        assertThat(state.state()).contains("bo@kea.dk").doesNotContain("secret");
        assertThat(json.readTree(state.state()).propertyNames()).noneMatch(name -> name.contains("password"));
    }

    @Test
    void theStateShowsThePersonalFieldsAsTextNeverAsCiphertext() {
        storeCustomerHistory();

        StateAsOf between = queries.handle(new FindStateAsOf(AuditedType.CUSTOMER, customer, UPDATED.minusSeconds(1)));

        JsonNode state = json.readTree(between.state());
        assertThat(state.get("phone_number").asString()).isEqualTo("+4511111111");
        assertThat(state.get("first_name").asString()).isEqualTo("Ada");
        assertThat(state.get("address").asString()).isEqualTo("Street 1");
        assertThat(between.state()).doesNotContain(SealedText.CIPHER);
    }

    @Test
    void afterAnErasureEveryInstantShowsThePersonalFieldsErased() {
        storeCustomerHistory();
        vault.erase(customer);
        store("Customer", customer, 3, DELETED.plusSeconds(1), new CustomerErased(customer, 3, DELETED.plusSeconds(1)));

        for (Instant instant : new Instant[]{CREATED, UPDATED, DELETED, Instant.now()}) {
            JsonNode state = json.readTree(queries.handle(new FindStateAsOf(AuditedType.CUSTOMER, customer, instant))
                    .state());
            for (String field : new String[]{"email", "phone_number", "first_name", "last_name", "address"}) {
                assertThat(state.get(field).asString()).as(field + " as of " + instant)
                        .isEqualTo(PersonalDataMarks.ERASED);
            }
        }
        JsonNode now = json.readTree(queries.handle(new FindStateAsOf(AuditedType.CUSTOMER, customer, Instant.now()))
                .state());
        assertThat(now.get("erased").asBoolean()).isTrue();
        assertThat(now.get("deleted").asBoolean()).isTrue();
    }

    @Test
    void aCustomerStoredBeforeEncryptionShowsItsTextUntilErased() {
        store("Customer", customer, 0, CREATED, new CustomerCreated(customer, 0, CREATED,
                SealedText.legacy("ada@example.com"), null, SealedText.legacy("Ada"), SealedText.legacy("Lovelace"),
                null, false));

        assertThat(json.readTree(queries.handle(new FindStateAsOf(AuditedType.CUSTOMER, customer, Instant.now()))
                .state()).get("email").asString()).isEqualTo("ada@example.com");

        vault.erase(customer);

        assertThat(json.readTree(queries.handle(new FindStateAsOf(AuditedType.CUSTOMER, customer, Instant.now()))
                .state()).get("email").asString()).isEqualTo(PersonalDataMarks.ERASED);
    }

    private void storeCustomerHistory() {
        store("Customer", customer, 0, CREATED, new CustomerCreated(customer, 0, CREATED, seal("ada@example.com"),
                seal("+4511111111"), seal("Ada"), seal("Lovelace"), seal("Street 1"), false));
        store("Customer", customer, 1, UPDATED, new CustomerUpdated(customer, 1, UPDATED, seal("ada@kea.dk"),
                seal("+4511111111"), seal("Ada"), seal("Lovelace"), seal("Street 1"), false));
        store("Customer", customer, 2, DELETED, new CustomerDeleted(customer, 2, DELETED, seal("ada@kea.dk"),
                seal("+4511111111"), seal("Ada"), seal("Lovelace"), seal("Street 1"), true));
    }

    private SealedText seal(String text) {
        return vault.seal(customer, text);
    }

    private void store(String type, UUID id, long sequence, Instant at, Object payload) {
        events.publish(new GenericDomainEventMessage<>(type, id.toString(), sequence, payload, Map.of(),
                UUID.randomUUID().toString(), at));
    }

    private org.springframework.beans.factory.ObjectProvider<Configuration> axonConfiguration() {
        Configuration configuration = DefaultConfigurer.defaultConfiguration()
                .configureEventStore(config -> events)
                .buildConfiguration();
        return new StaticListableBeanFactory(Map.of("axonConfiguration", configuration))
                .getBeanProvider(Configuration.class);
    }
}
