package dk.kea.cars.query.brand;

import dk.kea.cars.api.brand.FindBrand;
import dk.kea.cars.api.brand.BrandEvent;
import dk.kea.cars.api.brand.BrandView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/** Keeps {@code qry_brand} in step with the brand events and answers {@link FindBrand}. */
@Component
@ProcessingGroup("query-side")
public class BrandProjection {

    private final BrandRowRepository brands;
    private final QueryUpdateEmitter emitter;

    public BrandProjection(BrandRowRepository brands, QueryUpdateEmitter emitter) {
        this.brands = brands;
        this.emitter = emitter;
    }

    @EventHandler
    public void on(BrandEvent event, ReplayStatus status) {
        BrandRow row = brands.findById(event.id()).orElseGet(() -> new BrandRow(event.id()));
        if (!row.apply(event, status)) {
            return;
        }
        BrandView view = brands.save(row).toView();
        emitter.emit(FindBrand.class, query -> query.id().equals(event.id()), view);
    }

    @QueryHandler
    public BrandView handle(FindBrand query) {
        return brands.findById(query.id()).map(BrandRow::toView).orElse(null);
    }
}
