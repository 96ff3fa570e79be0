package dk.kea.cars.publicquery;

import static dk.kea.cars.publicquery.PublicEvents.insuranceCreated;
import static dk.kea.cars.publicquery.PublicEvents.insuranceUpdated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kea.cars.api.insurance.InsuranceEvent;
import dk.kea.cars.api.readmodel.DeadLetterReport;
import dk.kea.cars.api.readmodel.ParkedEvent;
import dk.kea.cars.api.readmodel.SequenceRetry;
import dk.kea.cars.platform.processing.DeadLetterOperations;
import dk.kea.cars.publicquery.insurance.PublicInsuranceDocument;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The public catalog's processor parks what it fails to handle in MongoDB (axon-mongo's queue, collection
 * {@code public_dead_letters}, here on mongo-java-server), lists and retries it over Axon's buses as query-side's admin
 * API does. The database is this context's own, so its processor never meets the other test context's positions;
 * its queue holds two sequences at most ({@code kea.processing.dead-letters.max-sequences}).
 */
@TestPropertySource(properties = {"spring.mongodb.database=kea_public_dead_letters_test",
        "kea.processing.dead-letters.max-sequences=2"})
@Import(PublicDeadLetterTest.PoisonedPublicInsurances.class)
class PublicDeadLetterTest extends PublicQueryTestBase {

    private static final String PROCESSOR = "public-query";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Set<UUID> POISONED = ConcurrentHashMap.newKeySet();

    @Autowired
    EventGateway events;
    @Autowired
    DeadLetterOperations deadLetters;

    @Test
    void aFailingEventParksItsSequenceInMongoOthersAreAppliedAndARetryAfterTheFixDrainsIt() {
        UUID poison = UUID.randomUUID();
        UUID healthy = UUID.randomUUID();
        POISONED.add(poison);

        events.publish(insuranceCreated(poison, "Poison", "10.00"), insuranceCreated(healthy, "Fine", "20.00"),
                insuranceUpdated(poison, 1, "Poison v1", "11.00"));

        await().atMost(WAIT).until(() -> mongo.findById(healthy.toString(), PublicInsuranceDocument.class) != null
                && letters(poison).size() == 2);
        assertThat(mongo.getCollection("public_dead_letters").countDocuments()).isEqualTo(2);
        List<ParkedEvent> parked = letters(poison);
        assertThat(parked).extracting(ParkedEvent::eventType).containsExactly("InsuranceCreated", "InsuranceUpdated");
        assertThat(parked.get(0).causeType()).isEqualTo(IllegalStateException.class.getName());
        assertThat(parked.get(0).attempts()).isEqualTo(1);
        assertThat(parked.get(1).causeType()).isNull();
        assertThat(count()).isEqualTo(2);

        SequenceRetry stillFailing = deadLetters.retry(PROCESSOR, poison.toString()).orElseThrow().sequences().get(0);

        assertThat(stillFailing.result()).isEqualTo(SequenceRetry.Result.FAILED);
        assertThat(letters(poison).get(0).attempts()).isEqualTo(2);
        assertThat(letters(poison).get(0).causeMessage()).contains(poison.toString());

        POISONED.remove(poison);
        SequenceRetry drained = deadLetters.retry(PROCESSOR, poison.toString()).orElseThrow().sequences().get(0);

        assertThat(drained.result()).isEqualTo(SequenceRetry.Result.DRAINED);
        assertThat(letters(poison)).isEmpty();
        assertThat(count()).isZero();
        PublicInsuranceDocument applied = mongo.findById(poison.toString(), PublicInsuranceDocument.class);
        assertThat(applied.name()).isEqualTo("Poison v1");
        assertThat(applied.version()).isEqualTo(1);
    }

    @Test
    void anEvictedSequenceIsGoneFromMongo() {
        UUID dropped = UUID.randomUUID();
        POISONED.add(dropped);
        events.publish(insuranceCreated(dropped, "Dropped", "10.00"));
        await().atMost(WAIT).until(() -> letters(dropped).size() == 1);
        POISONED.remove(dropped);

        assertThat(deadLetters.evict(PROCESSOR, dropped.toString())).hasValue(1);
        assertThat(letters(dropped)).isEmpty();
        assertThat(mongo.findById(dropped.toString(), PublicInsuranceDocument.class)).isNull();
    }

    /** The context allows two parked sequences; every test leaves none behind. */
    @Test
    void aFullQueueStopsTheProcessorInsteadOfSkippingUntilTheCauseIsFixed() {
        UUID first = UUID.randomUUID();
        List<UUID> parked = List.of(first, inTheSameSegmentAs(first));
        UUID third = inTheSameSegmentAs(first);
        UUID after = inTheSameSegmentAs(first);
        POISONED.addAll(parked);
        POISONED.add(third);

        events.publish(insuranceCreated(parked.get(0), "First", "1.00"), insuranceCreated(parked.get(1), "Second",
                "2.00"), insuranceCreated(third, "Third", "3.00"), insuranceCreated(after, "After", "4.00"));
        await().atMost(WAIT).until(() -> count() == 2);
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }

        assertThat(letters(third)).isEmpty();
        assertThat(mongo.findById(after.toString(), PublicInsuranceDocument.class)).isNull();
        POISONED.remove(third);
        await().atMost(Duration.ofSeconds(90)).until(() ->
                mongo.findById(after.toString(), PublicInsuranceDocument.class) != null);
        assertThat(mongo.findById(third.toString(), PublicInsuranceDocument.class)).isNotNull();
        assertThat(count()).isEqualTo(2);
        parked.forEach(sequence -> assertThat(deadLetters.evict(PROCESSOR, sequence.toString())).hasValue(1));
        POISONED.removeAll(parked);
    }

    @AfterEach
    void fixAndEvictWhatIsLeft() {
        POISONED.clear();
        processorLetters().stream().map(ParkedEvent::sequence).distinct()
                .forEach(sequence -> deadLetters.evict(PROCESSOR, sequence));
    }

    /**
     * An entity whose events the same segment handles (two segments: the parity of the id's hash), one after the
     * other's in store order; in the other segment they would be handled at the same time.
     */
    private static UUID inTheSameSegmentAs(UUID entity) {
        UUID other = UUID.randomUUID();
        while ((other.hashCode() & 1) != (entity.hashCode() & 1)) {
            other = UUID.randomUUID();
        }
        return other;
    }

    private List<ParkedEvent> letters(UUID sequence) {
        return processorLetters().stream().filter(letter -> letter.sequence().equals(sequence.toString())).toList();
    }

    private List<ParkedEvent> processorLetters() {
        return deadLetters.reports(PROCESSOR, 1000).stream().map(DeadLetterReport::processors).flatMap(List::stream)
                .filter(letters -> letters.processor().equals(PROCESSOR)).findFirst().orElseThrow().letters();
    }

    private long count() {
        return deadLetters.reports(PROCESSOR, 1).get(0).processors().get(0).count();
    }

    /** A test-only handler of the public catalog's processor that fails for chosen insurances, as a bug would. */
    @TestComponent
    @ProcessingGroup(PublicTokenStoreConfig.PROCESSING_GROUP)
    static class PoisonedPublicInsurances {

        @EventHandler
        void on(InsuranceEvent event) {
            if (POISONED.contains(event.id())) {
                throw new IllegalStateException("Insurance " + event.id() + " cannot be shown");
            }
        }
    }
}
