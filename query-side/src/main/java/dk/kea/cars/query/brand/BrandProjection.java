package dk.kea.cars.query.brand;

import dk.kea.cars.api.brand.FindBrand;
import dk.kea.cars.api.brand.BrandEvent;
import dk.kea.cars.api.brand.BrandView;
import dk.kea.cars.query.store.RowProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/** Keeps {@code qry_brand} in step with the brand events and answers {@link FindBrand}. */
@Component
@ProcessingGroup("query-side")
public class BrandProjection extends RowProjection<BrandRow, BrandView> {

    public BrandProjection(BrandRowRepository brands, QueryUpdateEmitter emitter) {
        super(brands, BrandRow::new, BrandRow::toView, FindBrand::new, emitter);
    }

    @EventHandler
    public void on(BrandEvent event, ReplayStatus status) {
        update(event.id(), row -> row.apply(event, status));
    }

    @QueryHandler
    public BrandView handle(FindBrand query) {
        return find(query.id());
    }
}
