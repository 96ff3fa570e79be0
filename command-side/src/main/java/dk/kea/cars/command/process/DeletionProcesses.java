package dk.kea.cars.command.process;

import dk.kea.cars.api.car.CarCreated;
import dk.kea.cars.api.car.CarDeleted;
import dk.kea.cars.api.car.DeleteCar;
import dk.kea.cars.api.customer.CustomerDeleted;
import dk.kea.cars.api.purchase.DeletePurchase;
import dk.kea.cars.command.lookup.CarEntry;
import dk.kea.cars.command.lookup.CarEntryRepository;
import dk.kea.cars.command.lookup.ReferenceEntryRepository;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * The cascades of spec §6.4 and §6.5: a deleted customer takes its cars (also those created while it was being
 * deleted), a deleted car takes its purchase.
 * Runs in the tracking processor of the lookups (same order of events, so every car of the customer is known),
 * whose token only moves on once the commands succeeded: after a crash the deletion is delivered again and
 * resumes. Every command it sends is idempotent, so a resumed cascade never half-finishes or double-applies; a
 * replay of the lookups (a rebuild) does not run it again.
 */
@Component
@ProcessingGroup("command-side-lookups")
class DeletionProcesses {

    private final CommandGateway commands;
    private final CarEntryRepository cars;
    private final ReferenceEntryRepository references;

    DeletionProcesses(CommandGateway commands, CarEntryRepository cars, ReferenceEntryRepository references) {
        this.commands = commands;
        this.cars = cars;
        this.references = references;
    }

    @EventHandler
    @DisallowReplay
    void on(CustomerDeleted event) {
        for (CarEntry car : cars.findByCustomerIdAndDeletedFalse(event.id())) {
            commands.sendAndWait(new DeleteCar(car.id(), null, true, null, true));
        }
    }

    /**
     * A car whose creation checked the lookups just before they showed its customer's deletion is created after
     * the cascade above ran; the lookups see that deletion by now (same processor, events in order), so it goes too.
     */
    @EventHandler
    @DisallowReplay
    void on(CarCreated event) {
        if (references.existsByIdAndDeletedTrue(event.customerId())) {
            commands.sendAndWait(new DeleteCar(event.id(), null, true, null, true));
        }
    }

    @EventHandler
    @DisallowReplay
    void on(CarDeleted event) {
        if (event.purchaseId() != null) {
            commands.sendAndWait(new DeletePurchase(event.purchaseId()));
        }
    }
}
