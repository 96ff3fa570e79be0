package dk.kea.cars.query.car;

import dk.kea.cars.api.car.CarEvent;
import dk.kea.cars.api.car.CarView;
import dk.kea.cars.api.car.FindCar;
import dk.kea.cars.platform.processing.SubscribedViews;
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
 * {@link FindCar}, deleted cars included (the command side confirms a delete by seeing the tombstone). Replays
 * rebuild in place (see {@link dk.kea.cars.platform.processing.VersionGate}); what a deletion hides besides the car
 * itself is the {@code DeletionCascadeProjection}'s.
 */
@Component
@ProcessingGroup("query-side")
// first of the processor's projections: the purchase and cascade projections read the car it stored
@Order(Ordered.LOWEST_PRECEDENCE - 2)
public class CarProjection {

    private final CarRowRepository cars;
    private final CarViewAssembler views;
    private final QueryUpdateEmitter emitter;

    public CarProjection(CarRowRepository cars, CarViewAssembler views, QueryUpdateEmitter emitter) {
        this.cars = cars;
        this.views = views;
        this.emitter = emitter;
    }

    @EventHandler
    public void on(CarEvent event, ReplayStatus status) {
        CarRow row = cars.findById(event.id()).orElseGet(() -> new CarRow(event.id()));
        if (!row.apply(event, status)) {
            return;
        }
        CarRow stored = cars.save(row);
        SubscribedViews.emit(emitter, FindCar.class, query -> query.id().equals(event.id()), () -> views.toView(stored));
    }

    @QueryHandler
    public CarView handle(FindCar query) {
        return views.find(query.id()).orElse(null);
    }
}
