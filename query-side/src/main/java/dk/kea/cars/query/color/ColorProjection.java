package dk.kea.cars.query.color;

import dk.kea.cars.api.color.FindColor;
import dk.kea.cars.api.color.ColorEvent;
import dk.kea.cars.api.color.ColorView;
import dk.kea.cars.query.store.RowProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/** Keeps {@code qry_color} in step with the color events and answers {@link FindColor}. */
@Component
@ProcessingGroup("query-side")
public class ColorProjection extends RowProjection<ColorRow, ColorView> {

    public ColorProjection(ColorRowRepository colors, QueryUpdateEmitter emitter) {
        super(colors, ColorRow::new, ColorRow::toView, FindColor::new, emitter);
    }

    @EventHandler
    public void on(ColorEvent event, ReplayStatus status) {
        update(event.id(), row -> row.apply(event, status));
    }

    @QueryHandler
    public ColorView handle(FindColor query) {
        return find(query.id());
    }
}
