package dk.kea.cars.query.color;

import dk.kea.cars.api.color.FindColor;
import dk.kea.cars.api.color.ColorEvent;
import dk.kea.cars.api.color.ColorView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/** Keeps {@code qry_color} in step with the color events and answers {@link FindColor}. */
@Component
@ProcessingGroup("query-side")
public class ColorProjection {

    private final ColorRowRepository colors;
    private final QueryUpdateEmitter emitter;

    public ColorProjection(ColorRowRepository colors, QueryUpdateEmitter emitter) {
        this.colors = colors;
        this.emitter = emitter;
    }

    @EventHandler
    public void on(ColorEvent event, ReplayStatus status) {
        ColorRow row = colors.findById(event.id()).orElseGet(() -> new ColorRow(event.id()));
        if (!row.apply(event, status)) {
            return;
        }
        ColorView view = colors.save(row).toView();
        emitter.emit(FindColor.class, query -> query.id().equals(event.id()), view);
    }

    @QueryHandler
    public ColorView handle(FindColor query) {
        return colors.findById(query.id()).map(ColorRow::toView).orElse(null);
    }
}
