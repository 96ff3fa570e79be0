package dk.kea.cars.query.brand;

import dk.kea.cars.api.brand.BrandView;
import dk.kea.cars.query.catalog.CatalogReadController;
import dk.kea.cars.query.store.CatalogRows;
import dk.kea.cars.query.web.EntryKind;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/brands")
@Tag(name = "Brands", description = "Brands; read by admin, manager, sales person, auditor")
public class BrandReadController extends CatalogReadController<BrandRow, BrandView> {

    public BrandReadController(BrandRowRepository brands, CatalogRows catalog) {
        super(EntryKind.of("brand", "brands"), BrandRow.class, BrandRow::toView, brands, catalog);
    }
}
