package dk.kea.cars.query.color;

import dk.kea.cars.api.color.ColorView;
import dk.kea.cars.query.catalog.CatalogReadController;
import dk.kea.cars.query.store.CatalogRows;
import dk.kea.cars.query.web.EntryKind;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/colors")
@Tag(name = "Colors", description = "Colors; read by admin, manager, sales person, auditor")
public class ColorReadController extends CatalogReadController<ColorRow, ColorView> {

    public ColorReadController(ColorRowRepository colors, CatalogRows catalog) {
        super(EntryKind.of("color", "colors"), ColorRow.class, ColorRow::toView, colors, catalog);
    }
}
