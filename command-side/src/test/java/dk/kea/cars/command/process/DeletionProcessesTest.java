package dk.kea.cars.command.process;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dk.kea.cars.api.car.CarCreated;
import dk.kea.cars.api.car.CarDeleted;
import dk.kea.cars.api.car.DeleteCar;
import dk.kea.cars.api.customer.CustomerDeleted;
import dk.kea.cars.api.personaldata.SealedText;
import dk.kea.cars.api.purchase.DeletePurchase;
import dk.kea.cars.command.lookup.CarEntry;
import dk.kea.cars.command.lookup.CarEntryRepository;
import dk.kea.cars.command.lookup.ReferenceEntryRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cascades of spec §6.4 and §6.5 on their own: which commands each deletion sends, and that a replay of the
 * lookups sends none. Events go through Axon's annotation adapter, the way the lookups' processor delivers them.
 */
class DeletionProcessesTest {

    private static final UUID CUSTOMER = UUID.randomUUID();

    private final CommandGateway commands = mock(CommandGateway.class);
    private final CarEntryRepository cars = mock(CarEntryRepository.class);
    private final ReferenceEntryRepository references = mock(ReferenceEntryRepository.class);
    private AnnotationEventHandlerAdapter processes;

    @BeforeEach
    void deliverThroughAxon() {
        processes = new AnnotationEventHandlerAdapter(new DeletionProcesses(commands, cars, references));
    }

    @Test
    void aDeletedCustomerTakesEachOfItsLiveCarsAsTheSystem() throws Exception {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        List<CarEntry> liveCars = List.of(car(first), car(second));
        when(cars.findByCustomerIdAndDeletedFalse(CUSTOMER)).thenReturn(liveCars);

        processes.handle(live(customerDeleted()));

        verify(commands).sendAndWait(new DeleteCar(first, null, true, null, true));
        verify(commands).sendAndWait(new DeleteCar(second, null, true, null, true));
    }

    @Test
    void aCustomerWithoutCarsSendsNothing() throws Exception {
        when(cars.findByCustomerIdAndDeletedFalse(CUSTOMER)).thenReturn(List.of());

        processes.handle(live(customerDeleted()));

        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void aCarCreatedForACustomerAlreadyDeletedGoesToo() throws Exception {
        UUID car = UUID.randomUUID();
        when(references.existsByIdAndDeletedTrue(CUSTOMER)).thenReturn(true);

        processes.handle(live(carCreated(car)));

        verify(commands).sendAndWait(new DeleteCar(car, null, true, null, true));
    }

    @Test
    void aCarCreatedForALiveCustomerStays() throws Exception {
        when(references.existsByIdAndDeletedTrue(CUSTOMER)).thenReturn(false);

        processes.handle(live(carCreated(UUID.randomUUID())));

        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void aDeletedCarTakesItsPurchase() throws Exception {
        UUID purchase = UUID.randomUUID();

        processes.handle(live(carDeleted(purchase)));

        verify(commands, times(1)).sendAndWait(new DeletePurchase(purchase));
    }

    @Test
    void aDeletedCarWithoutPurchaseSendsNothing() throws Exception {
        processes.handle(live(carDeleted(null)));

        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void aReplayOfTheLookupsRunsNoCascadeAgain() throws Exception {
        List<CarEntry> liveCars = List.of(car(UUID.randomUUID()));
        when(cars.findByCustomerIdAndDeletedFalse(CUSTOMER)).thenReturn(liveCars);
        when(references.existsByIdAndDeletedTrue(CUSTOMER)).thenReturn(true);

        processes.handle(replayed(customerDeleted()));
        processes.handle(replayed(carCreated(UUID.randomUUID())));
        processes.handle(replayed(carDeleted(UUID.randomUUID())));

        verify(commands, never()).sendAndWait(any());
    }

    private static EventMessage<?> live(Object event) {
        return new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(5),
                GenericEventMessage.asEventMessage(event));
    }

    /** As the processor delivers an event during a replay: its token is a ReplayToken still short of the reset. */
    private static EventMessage<?> replayed(Object event) {
        TrackingToken resetAt = new GlobalSequenceTrackingToken(10);
        TrackingToken replaying = ReplayToken.createReplayToken(resetAt, new GlobalSequenceTrackingToken(4));
        return new GenericTrackedEventMessage<>(replaying, GenericEventMessage.asEventMessage(event));
    }

    private static CarEntry car(UUID id) {
        CarEntry car = mock(CarEntry.class);
        when(car.id()).thenReturn(id);
        return car;
    }

    private static CustomerDeleted customerDeleted() {
        return new CustomerDeleted(CUSTOMER, 3, Instant.now(), SealedText.legacy("gone@example.com"),
                SealedText.legacy("+4512345678"), SealedText.legacy("Ada"), SealedText.legacy("Lovelace"),
                SealedText.legacy("Street 1"), true);
    }

    private static CarCreated carCreated(UUID car) {
        return new CarCreated(car, 0, Instant.now(), CUSTOMER, UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), List.of(), List.of(), LocalDate.now().plusDays(30), BigDecimal.TEN, null, false);
    }

    private static CarDeleted carDeleted(UUID purchase) {
        return new CarDeleted(UUID.randomUUID(), 4, Instant.now(), CUSTOMER, UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), List.of(), List.of(), LocalDate.now().plusDays(30), BigDecimal.TEN, purchase, true);
    }
}
