package dk.kea.cars.query.accessory;

import dk.kea.cars.api.accessory.AccessoryView;
import dk.kea.cars.query.catalog.CatalogReadController;
import dk.kea.cars.query.store.CatalogRows;
import dk.kea.cars.query.web.EntryKind;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/accessories")
@Tag(name = "Accessories", description = "Accessories; read by admin, manager, sales person, auditor")
public class AccessoryReadController extends CatalogReadController<AccessoryRow, AccessoryView> {

    public AccessoryReadController(AccessoryRowRepository accessories, CatalogRows catalog) {
        super(EntryKind.of("accessory", "accessories"), AccessoryRow.class, AccessoryRow::toView,
                accessories, catalog);
    }
}
