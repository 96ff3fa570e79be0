package dk.kea.cars.query.customer;

import dk.kea.cars.api.customer.CustomerEvent;
import dk.kea.cars.api.customer.CustomerView;
import dk.kea.cars.api.customer.FindCustomer;
import dk.kea.cars.platform.personaldata.PersonalData;
import dk.kea.cars.platform.processing.SubscribedViews;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code qry_customer} in step with the customer events and answers {@link FindCustomer}, deleted
 * customers included: the command side confirms a delete by seeing the tombstone. A deleted customer's cars and
 * purchases are hidden in the same transaction by the {@code DeletionCascadeProjection}, so "404 everywhere" holds
 * the moment the delete answers (spec §6.5).
 * <p>
 * The personal fields are stored as {@link PersonalData} reveals them when the event is applied: text, or
 * {@code "[erased]"} once the customer's key is deleted. {@code CustomerErased} overwrites them with the mark, and a
 * replay after an erasure can only write the mark again (the key is gone), so no rebuild brings the data back.
 */
@Component
@ProcessingGroup("query-side")
public class CustomerProjection {

    private final CustomerRowRepository customers;
    private final QueryUpdateEmitter emitter;
    private final PersonalData personalData;

    public CustomerProjection(CustomerRowRepository customers, QueryUpdateEmitter emitter, PersonalData personalData) {
        this.customers = customers;
        this.emitter = emitter;
        this.personalData = personalData;
    }

    @EventHandler
    public void on(CustomerEvent event, ReplayStatus status) {
        CustomerRow row = customers.findById(event.id()).orElseGet(() -> new CustomerRow(event.id()));
        if (!row.apply(event, status, sealed -> personalData.reveal(event.id(), sealed))) {
            return;
        }
        CustomerRow stored = customers.save(row);
        SubscribedViews.emit(emitter, FindCustomer.class, query -> query.id().equals(event.id()), stored::toView);
    }

    @QueryHandler
    public CustomerView handle(FindCustomer query) {
        return customers.findById(query.id()).map(CustomerRow::toView).orElse(null);
    }
}
