package dk.kea.cars.query.cascade;

import dk.kea.cars.api.car.CarEvent;
import dk.kea.cars.api.customer.CustomerEvent;
import dk.kea.cars.api.purchase.PurchaseEvent;
import dk.kea.cars.query.car.CarRow;
import dk.kea.cars.query.car.CarRowRepository;
import dk.kea.cars.query.customer.CustomerRow;
import dk.kea.cars.query.customer.CustomerRowRepository;
import dk.kea.cars.query.purchase.PurchaseRow;
import dk.kea.cars.query.purchase.PurchaseRowRepository;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * The read-model part of the deletion cascade (customer → cars → purchases), in one place. A deleted customer's
 * cars and purchases, and a deleted car's purchase, are hidden in the transaction that applies the tombstone, so
 * "404 everywhere" holds the moment the delete answers (spec §6.5); their own tombstones follow from the command
 * side's {@code DeletionProcesses} and change nothing more.
 * <p>
 * A replay rewrites each row from its latest event (see {@link dk.kea.cars.platform.processing.VersionGate}), and
 * that event predates the deletion that hid the row. So whenever a replay has just rewritten a car or a purchase,
 * it is hidden again, in the same transaction, if its customer or car is deleted: no read sees it come back.
 */
@Component
@ProcessingGroup("query-side")
// after the car and purchase projections: it hides what they have just written
@Order(Ordered.LOWEST_PRECEDENCE)
public class DeletionCascadeProjection {

    private final CustomerRowRepository customers;
    private final CarRowRepository cars;
    private final PurchaseRowRepository purchases;

    public DeletionCascadeProjection(CustomerRowRepository customers, CarRowRepository cars,
                                     PurchaseRowRepository purchases) {
        this.customers = customers;
        this.cars = cars;
        this.purchases = purchases;
    }

    @EventHandler
    public void on(CustomerEvent event) {
        if (event.deleted()) { // a replay's re-applied tombstone hides again what it hid (idempotent)
            purchases.hidePurchasesOfCustomer(event.id());
            cars.hideCarsOfCustomer(event.id());
        }
    }

    @EventHandler
    public void on(CarEvent event, ReplayStatus status) {
        if (event.deleted()) {
            purchases.hidePurchaseOfCar(event.id());
        } else if (status.isReplay()) {
            cars.findById(event.id())
                    .filter(car -> rewrittenBy(event.sequence(), car.getVersion())
                            && customerDeleted(car.getCustomerId()))
                    .ifPresent(this::hide);
        }
    }

    @EventHandler
    public void on(PurchaseEvent event, ReplayStatus status) {
        if (!event.deleted() && status.isReplay()) {
            purchases.findById(event.id())
                    .filter(purchase -> rewrittenBy(event.sequence(), purchase.getVersion())
                            && cars.existsByIdAndDeletedTrue(purchase.getCarId()))
                    .ifPresent(this::hide);
        }
    }

    private void hide(CarRow car) {
        car.hide();
        cars.save(car);
    }

    private void hide(PurchaseRow purchase) {
        purchase.hide();
        purchases.save(purchase);
    }

    /**
     * A customer row changes only through its entity (never by a bulk update), so the one this transaction holds is
     * current, and reading it by id spares the flush of the whole batch a query would cost (docs/performance.md).
     */
    private boolean customerDeleted(UUID customerId) {
        return customers.findById(customerId).map(CustomerRow::isDeleted).orElse(false);
    }

    /** The row now reflects this event: the projection before this one applied it (else it is at a newer one). */
    private static boolean rewrittenBy(long sequence, long rowVersion) {
        return rowVersion == sequence;
    }
}
