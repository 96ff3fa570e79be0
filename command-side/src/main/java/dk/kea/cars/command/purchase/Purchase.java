package dk.kea.cars.command.purchase;

import dk.kea.cars.api.purchase.DeletePurchase;
import dk.kea.cars.api.purchase.PurchaseCreated;
import dk.kea.cars.api.purchase.PurchaseDeleted;
import dk.kea.cars.api.purchase.PurchaseEvent;
import dk.kea.cars.command.common.EventTime;
import dk.kea.cars.command.common.Versions;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The purchase of a car. Only its car creates it (see {@code Car}); it ends only with its car. */
@Aggregate(snapshotTriggerDefinition = "keaSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Purchase {

    @AggregateIdentifier
    private UUID id;
    private UUID carId;
    private LocalDate dateOfPurchase;
    private boolean deleted;
    private long version;

    protected Purchase() {
    }

    public Purchase(UUID id, UUID carId, LocalDate dateOfPurchase) {
        apply(new PurchaseCreated(id, 0, EventTime.now(), carId, dateOfPurchase, false,
                PurchaseCreated.DEFAULT_CURRENCY));
    }

    /** Idempotent: the deletion process may deliver the same delete twice after a crash. */
    @CommandHandler
    public void handle(DeletePurchase command) {
        if (!deleted) {
            apply(new PurchaseDeleted(id, Versions.next(version), EventTime.now(), carId, dateOfPurchase, true));
        }
    }

    @EventSourcingHandler
    void on(PurchaseEvent event) {
        id = event.id();
        carId = event.carId();
        dateOfPurchase = event.dateOfPurchase();
        deleted = event.deleted();
        version = event.sequence();
    }
}
