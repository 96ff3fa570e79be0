package dk.kea.cars.query.purchase;

import dk.kea.cars.api.car.CarEvent;
import dk.kea.cars.api.purchase.FindPurchase;
import dk.kea.cars.api.purchase.PurchaseEvent;
import dk.kea.cars.api.purchase.PurchaseView;
import dk.kea.cars.platform.processing.SubscribedViews;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * Keeps {@code qry_purchase} in step with the purchase events and answers {@link FindPurchase}, deleted
 * purchases included (the command side confirms a delete by seeing the tombstone).
 */
@Component
@ProcessingGroup("query-side")
// after the car projection (it re-emits purchases embedding the car), before the deletion cascade
@Order(Ordered.LOWEST_PRECEDENCE - 1)
public class PurchaseProjection {

    private final PurchaseRowRepository purchases;
    private final PurchaseViewAssembler views;
    private final QueryUpdateEmitter emitter;

    public PurchaseProjection(PurchaseRowRepository purchases, PurchaseViewAssembler views,
                              QueryUpdateEmitter emitter) {
        this.purchases = purchases;
        this.views = views;
        this.emitter = emitter;
    }

    @EventHandler
    public void on(PurchaseEvent event, ReplayStatus status) {
        PurchaseRow row = purchases.findById(event.id()).orElseGet(() -> new PurchaseRow(event.id()));
        if (!row.apply(event, status)) {
            return;
        }
        PurchaseRow stored = purchases.save(row);
        emit(stored.getId(), () -> views.toView(stored));
    }

    /**
     * A purchase and its car change in one unit of work, in either order; re-emitting the purchase once its car
     * changed gives subscribers a view whose car is up to date too. Runs after {@code CarProjection} stored the car.
     */
    @EventHandler
    public void on(CarEvent event, ReplayStatus status) {
        if (event.purchaseId() != null) {
            UUID purchaseId = event.purchaseId();
            emit(purchaseId, () -> purchases.findById(purchaseId).map(views::toView).orElse(null));
        }
    }

    @QueryHandler
    public PurchaseView handle(FindPurchase query) {
        return views.find(query.id()).orElse(null);
    }

    private void emit(UUID id, Supplier<PurchaseView> view) {
        SubscribedViews.emit(emitter, FindPurchase.class, query -> query.id().equals(id), view);
    }
}
