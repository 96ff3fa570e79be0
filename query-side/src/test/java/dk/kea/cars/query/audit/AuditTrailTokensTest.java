package dk.kea.cars.query.audit;

import dk.kea.cars.api.insurance.InsuranceCreated;
import dk.kea.cars.query.employee.EmployeeRowRepository;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import dk.kea.cars.platform.personaldata.PersonalData;
import dk.kea.cars.platform.personaldata.PersonalDataJson;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paging the history after a position on a store shaped like Axon Server (issue 12, item 1): its tail token of a
 * fresh context is null and it accepts only {@code GlobalSequenceTrackingToken}s, refusing any other with the
 * connector's message. The JPA store's shape ({@code GapAwareTrackingToken}) is paged over HTTP by
 * {@code AuditHttpTest} on H2 and MariaDB.
 */
class AuditTrailTokensTest {

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();

    @AfterEach
    void close() {
        store.shutDown();
    }

    @Test
    void pagesAfterAPositionOnAStoreShapedLikeAxonServer() {
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        ids.forEach(id -> store.publish(new GenericDomainEventMessage<>("Insurance", id.toString(), 0,
                new InsuranceCreated(id, 0, Instant.now(), "Cover " + id, BigDecimal.TEN))));
        AuditTrail trail = new AuditTrail(axonServerShaped(store), noEmployees(), json());
        AuditTrail.Filter everything = new AuditTrail.Filter(null, null, null, null, null);

        List<AuditEntry> first = trail.events(everything, null, 1);
        List<AuditEntry> rest = trail.events(everything, first.get(0).position(), 10);

        assertThat(first).extracting(AuditEntry::aggregateId).containsExactly(ids.get(0).toString());
        assertThat(rest).extracting(AuditEntry::aggregateId)
                .containsExactly(ids.get(1).toString(), ids.get(2).toString());
        assertThat(trail.events(everything, rest.get(1).position(), 10)).isEmpty();
    }

    @Test
    void anEmptyStoreHasNothingAfterAnyPosition() {
        AuditTrail trail = new AuditTrail(axonServerShaped(store), noEmployees(), json());

        assertThat(trail.events(new AuditTrail.Filter(null, null, null, null, null), 5L, 10)).isEmpty();
    }

    /** Insurances carry no personal data: no key is ever asked for. */
    private static PersonalDataJson json() {
        return new PersonalDataJson(JsonMapper.builder().build(), new PersonalData(subject -> {
            throw new AssertionError("no personal data here");
        }));
    }

    /** Null tail token; streams opened only at a {@code GlobalSequenceTrackingToken}, as the connector allows. */
    private static EventStore axonServerShaped(EventStore store) {
        return (EventStore) Proxy.newProxyInstance(EventStore.class.getClassLoader(), new Class<?>[]{EventStore.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("createTailToken")) {
                        return null;
                    }
                    if (method.getName().equals("openStream") && arguments[0] != null
                            && !(arguments[0] instanceof GlobalSequenceTrackingToken)) {
                        throw new IllegalArgumentException("Token [" + arguments[0] + "] is of the wrong type. "
                                + "Expected [" + GlobalSequenceTrackingToken.class.getSimpleName() + "]");
                    }
                    try {
                        return method.invoke(store, arguments);
                    } catch (InvocationTargetException failure) {
                        throw failure.getCause();
                    }
                });
    }

    private static EmployeeRowRepository noEmployees() {
        return (EmployeeRowRepository) Proxy.newProxyInstance(EmployeeRowRepository.class.getClassLoader(),
                new Class<?>[]{EmployeeRowRepository.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("findById")) {
                        return Optional.empty();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
