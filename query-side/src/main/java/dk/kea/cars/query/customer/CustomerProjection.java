package dk.kea.cars.query.customer;

import dk.kea.cars.api.customer.CustomerEvent;
import dk.kea.cars.query.car.CarRowRepository;
import dk.kea.cars.query.purchase.PurchaseRowRepository;
import dk.kea.cars.api.customer.CustomerView;
import dk.kea.cars.api.customer.FindCustomer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code qry_customer} in step with the customer events and answers {@link FindCustomer}, deleted
 * customers included: the command side confirms a delete by seeing the tombstone. A deleted customer's cars and
 * purchases are hidden in the same step, so "404 everywhere" holds the moment the delete answers (spec §6.5). The
 * hiding is done again whenever a tombstone is applied, a replay's re-application included, and a replay never
 * un-hides (replays rebuild in place, no reset handler empties the table: see
 * {@link dk.kea.cars.api.common.VersionGate}).
 */
@Component
@ProcessingGroup("query-side")
public class CustomerProjection {

    private final CustomerRowRepository customers;
    private final CarRowRepository cars;
    private final PurchaseRowRepository purchases;
    private final QueryUpdateEmitter emitter;

    public CustomerProjection(CustomerRowRepository customers, CarRowRepository cars, PurchaseRowRepository purchases,
                              QueryUpdateEmitter emitter) {
        this.customers = customers;
        this.cars = cars;
        this.purchases = purchases;
        this.emitter = emitter;
    }

    @EventHandler
    public void on(CustomerEvent event, ReplayStatus status) {
        CustomerRow row = customers.findById(event.id()).orElseGet(() -> new CustomerRow(event.id()));
        if (!row.apply(event, status)) {
            return;
        }
        CustomerView view = customers.save(row).toView();
        if (event.deleted()) { // also when a replay re-applies the tombstone: it hides again what it hid (idempotent)
            purchases.hidePurchasesOfCustomer(event.id());
            cars.hideCarsOfCustomer(event.id());
        }
        emitter.emit(FindCustomer.class, query -> query.id().equals(event.id()), view);
    }

    @QueryHandler
    public CustomerView handle(FindCustomer query) {
        return customers.findById(query.id()).map(CustomerRow::toView).orElse(null);
    }
}
