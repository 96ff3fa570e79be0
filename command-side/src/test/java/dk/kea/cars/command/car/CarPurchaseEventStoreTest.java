package dk.kea.cars.command.car;

import static dk.kea.cars.command.lookup.InMemoryCarReferences.EARTHQUAKE;
import static dk.kea.cars.command.lookup.InMemoryCarReferences.R8;
import static dk.kea.cars.command.lookup.InMemoryCarReferences.TINTED_WINDOWS;
import static dk.kea.cars.command.lookup.InMemoryCarReferences.WHITE;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kea.cars.api.car.CarCreated;
import dk.kea.cars.api.car.CarPurchased;
import dk.kea.cars.api.car.CreateCar;
import dk.kea.cars.api.car.PurchaseCar;
import dk.kea.cars.api.common.WriteResult;
import dk.kea.cars.api.purchase.DeletePurchase;
import dk.kea.cars.api.purchase.PurchaseCreated;
import dk.kea.cars.api.purchase.PurchaseDeleted;
import dk.kea.cars.api.validation.Rules;
import dk.kea.cars.command.lookup.CarReferences;
import dk.kea.cars.command.lookup.InMemoryCarReferences;
import dk.kea.cars.command.purchase.Purchase;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The purchase path with Axon's real event-sourcing repositories (no Spring, in-memory event store): unlike the
 * given-when-then fixture, the Purchase that the car creates with {@code createNew} is stored as a domain event
 * stream of its own, so it can be loaded and deleted afterwards.
 */
class CarPurchaseEventStoreTest {

    private final UUID car = UUID.randomUUID();
    private final UUID purchase = UUID.randomUUID();
    private final UUID customer = UUID.randomUUID();
    private final UUID employee = UUID.randomUUID();
    private Configuration configuration;

    @BeforeEach
    void start() {
        InMemoryCarReferences references = InMemoryCarReferences.withSeedCatalog().customer(customer)
                .employee(employee);
        configuration = DefaultConfigurer.defaultConfiguration(false)
                .configureSerializer(c -> JacksonSerializer.defaultSerializer())
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .registerComponent(CarReferences.class, c -> references)
                .configureAggregate(Car.class)
                .configureAggregate(Purchase.class)
                .buildConfiguration();
        configuration.start();
    }

    @AfterEach
    void stop() {
        configuration.shutdown();
    }

    private List<? extends DomainEventMessage<?>> stream(UUID aggregate) {
        return configuration.eventStore().readEvents(aggregate.toString()).asStream().toList();
    }

    @Test
    void thePurchaseGetsItsOwnEventStreamAndCanBeDeletedLater() {
        var gateway = configuration.commandGateway();

        WriteResult created = gateway.sendAndWait(new CreateCar(car, customer, employee, R8, WHITE,
                List.of(TINTED_WINDOWS), List.of(EARTHQUAKE), null, null, true));
        WriteResult bought = gateway.sendAndWait(new PurchaseCar(car, purchase, Rules.today(), employee, false));

        assertThat(created).isEqualTo(WriteResult.created(0));
        assertThat(bought).isEqualTo(WriteResult.created(0));
        List<? extends DomainEventMessage<?>> carEvents = stream(car);
        assertThat(carEvents).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L);
        assertThat(carEvents.get(0).getPayload()).isInstanceOfSatisfying(CarCreated.class,
                event -> assertThat(event.totalPrice()).isEqualTo(new BigDecimal("10530.80")));
        assertThat(carEvents.get(1).getPayload()).isInstanceOfSatisfying(CarPurchased.class,
                event -> assertThat(event.purchaseId()).isEqualTo(purchase));

        List<? extends DomainEventMessage<?>> purchaseEvents = stream(purchase);
        assertThat(purchaseEvents).hasSize(1);
        assertThat(purchaseEvents.get(0).getType()).isEqualTo("Purchase");
        assertThat(purchaseEvents.get(0).getSequenceNumber()).isZero();
        assertThat(purchaseEvents.get(0).getPayload()).isInstanceOfSatisfying(PurchaseCreated.class, event -> {
            assertThat(event.id()).isEqualTo(purchase);
            assertThat(event.carId()).isEqualTo(car);
            assertThat(event.dateOfPurchase()).isEqualTo(Rules.today());
        });

        gateway.sendAndWait(new DeletePurchase(purchase));
        gateway.sendAndWait(new DeletePurchase(purchase));

        assertThat(stream(purchase)).extracting(DomainEventMessage::getPayload)
                .hasSize(2)
                .last().isInstanceOfSatisfying(PurchaseDeleted.class, event -> assertThat(event.deleted()).isTrue());
    }
}
