package dk.kea.cars.query.car;

import dk.kea.cars.api.car.CarEvent;
import dk.kea.cars.query.purchase.PurchaseRowRepository;
import dk.kea.cars.api.car.CarView;
import dk.kea.cars.api.car.FindCar;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code qry_car} and its accessory and insurance lists in step with the car events and answers
 * {@link FindCar}, deleted cars included (the command side confirms a delete by seeing the tombstone). A deleted
 * car's purchase is hidden whenever its tombstone is applied, a replay's re-application included; replays rebuild
 * in place (see {@link dk.kea.cars.api.common.VersionGate}).
 */
@Component
@ProcessingGroup("query-side")
// before the other projections of the processor: the purchase projection re-emits purchases embedding this car
@Order(Ordered.LOWEST_PRECEDENCE - 1)
public class CarProjection {

    private final CarRowRepository cars;
    private final PurchaseRowRepository purchases;
    private final CarViewAssembler views;
    private final QueryUpdateEmitter emitter;

    public CarProjection(CarRowRepository cars, PurchaseRowRepository purchases, CarViewAssembler views,
                         QueryUpdateEmitter emitter) {
        this.cars = cars;
        this.purchases = purchases;
        this.views = views;
        this.emitter = emitter;
    }

    @EventHandler
    public void on(CarEvent event, ReplayStatus status) {
        CarRow row = cars.findById(event.id()).orElseGet(() -> new CarRow(event.id()));
        if (!row.apply(event, status)) {
            return;
        }
        CarView view = views.toView(cars.save(row));
        if (event.deleted()) { // also when a replay re-applies the tombstone: it hides again what it hid (idempotent)
            purchases.hidePurchaseOfCar(event.id());
        }
        emitter.emit(FindCar.class, query -> query.id().equals(event.id()), view);
    }

    @QueryHandler
    public CarView handle(FindCar query) {
        return views.find(query.id()).orElse(null);
    }
}
