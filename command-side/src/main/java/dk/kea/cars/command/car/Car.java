package dk.kea.cars.command.car;

import dk.kea.cars.api.car.CarCreated;
import dk.kea.cars.api.car.CarDeleted;
import dk.kea.cars.api.car.CarEvent;
import dk.kea.cars.api.car.CarPurchased;
import dk.kea.cars.api.car.CreateCar;
import dk.kea.cars.api.car.DeleteCar;
import dk.kea.cars.api.car.PurchaseCar;
import dk.kea.cars.api.common.Rejection;
import dk.kea.cars.api.common.WriteResult;
import dk.kea.cars.command.common.EventTime;
import dk.kea.cars.command.common.Versions;
import dk.kea.cars.command.lookup.CarReferences;
import dk.kea.cars.command.purchase.Purchase;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

/**
 * A car offered to a customer. It is the consistency boundary of its purchase: the car accepts at most one
 * purchase and creates the Purchase aggregate in the same unit of work, so concurrent purchases cannot both win.
 */
@Aggregate(snapshotTriggerDefinition = "keaSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Car {

    @AggregateIdentifier
    private UUID id;
    private UUID customerId;
    private UUID employeeId;
    private UUID modelId;
    private UUID colorId;
    private List<UUID> accessoryIds;
    private List<UUID> insuranceIds;
    private LocalDate purchaseDeadline;
    private BigDecimal totalPrice;
    private UUID purchaseId;
    private boolean deleted;
    private long version;

    protected Car() {
    }

    /**
     * Idempotent: a create for an id that already exists answers the existing version and emits nothing, but only
     * to whom may read that car (it answers with the whole car, spec §4).
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public WriteResult handle(CreateCar command, CarReferences references) {
        if (id != null) {
            requireLiving();
            requireOwnedBy(command.actorId(), command.actorMaySeeAll(), "see");
            return WriteResult.at(version);
        }
        references.requireCustomer(command.customerId());
        references.requireActiveEmployee(command.employeeId());
        BigDecimal price = priceOf(command, references);
        apply(new CarCreated(command.id(), 0, EventTime.now(), command.customerId(), command.employeeId(),
                command.modelId(), command.colorId(), command.accessoryIds(), command.insuranceIds(),
                command.purchaseDeadline(), price, null, false));
        return WriteResult.created(version);
    }

    /**
     * Answers the purchase's version (0). The car's own event comes first, so a read model that sees the purchase
     * already sees the car as purchased.
     */
    @CommandHandler
    public WriteResult handle(PurchaseCar command) throws Exception {
        requireLiving();
        requireOwnedBy(command.actorId(), command.actorMaySeeAll(), "buy");
        if (command.purchaseId().equals(purchaseId)) {
            return WriteResult.at(0);
        }
        if (purchaseId != null) {
            throw Rejection.conflict("Car " + id + " is already purchased");
        }
        if (command.dateOfPurchase().isAfter(purchaseDeadline)) {
            throw Rejection.ruleViolated("The date of purchase " + command.dateOfPurchase()
                    + " is after the car's purchase deadline " + purchaseDeadline);
        }
        apply(new CarPurchased(id, Versions.next(version), EventTime.now(), customerId, employeeId, modelId, colorId,
                accessoryIds, insuranceIds, purchaseDeadline, totalPrice, command.purchaseId(), false));
        createNew(Purchase.class, () -> new Purchase(command.purchaseId(), id, command.dateOfPurchase()));
        return WriteResult.created(0);
    }

    /**
     * A purchased car goes only with its purchase; the purchase's tombstone follows via {@code DeletionProcesses}.
     * A deleted car is 404 to employees (spec §6.5); the system's own delete stays idempotent, because the deletion
     * process delivers it again after a crash.
     */
    @CommandHandler
    public WriteResult handle(DeleteCar command) {
        if (deleted && command.actorId() == null) {
            return WriteResult.at(version);
        }
        requireLiving();
        requireOwnedBy(command.actorId(), command.actorMaySeeAll(), "delete");
        Versions.requireCurrent(command.expectedVersion(), version, "Car", id);
        if (purchaseId != null && !command.deletePurchaseToo()) {
            throw Rejection.ruleViolated("Car " + id + " is purchased: delete it with delete_purchase_too=true");
        }
        apply(new CarDeleted(id, Versions.next(version), EventTime.now(), customerId, employeeId, modelId, colorId,
                accessoryIds, insuranceIds, purchaseDeadline, totalPrice, purchaseId, true));
        return WriteResult.at(version);
    }

    @EventSourcingHandler
    void on(CarEvent event) {
        id = event.id();
        customerId = event.customerId();
        employeeId = event.employeeId();
        modelId = event.modelId();
        colorId = event.colorId();
        accessoryIds = List.copyOf(event.accessoryIds());
        insuranceIds = List.copyOf(event.insuranceIds());
        purchaseDeadline = event.purchaseDeadline();
        totalPrice = event.totalPrice();
        purchaseId = event.purchaseId();
        deleted = event.deleted();
        version = event.sequence();
    }

    /** Spec §6.1: model + color + accessories + insurances, exact decimals, frozen from now on. */
    private static BigDecimal priceOf(CreateCar command, CarReferences references) {
        BigDecimal modelPrice = references.modelPrice(command.modelId());
        BigDecimal colorPrice = references.colorPrice(command.colorId());
        if (!references.colorsOfModel(command.modelId()).contains(command.colorId())) {
            throw Rejection.ruleViolated("Color " + command.colorId() + " is not offered for model "
                    + command.modelId());
        }
        return modelPrice.add(colorPrice)
                .add(references.sumOfAccessories(command.accessoryIds()))
                .add(references.sumOfInsurances(command.insuranceIds()));
    }

    private void requireLiving() {
        if (deleted) {
            throw Rejection.notFound("No car with id " + id);
        }
    }

    /**
     * Checked before anything that would tell a sales person something about another's car (spec §4: 403,
     * never data). A {@code null} actor is the system itself (the customer-deletion process).
     */
    private void requireOwnedBy(UUID actorId, boolean actorMaySeeAll, String action) {
        if (actorId != null && !actorMaySeeAll && !actorId.equals(employeeId)) {
            throw Rejection.forbidden("A sales person may only " + action + " their own cars");
        }
    }
}
