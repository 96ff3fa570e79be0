package dk.kea.cars.publicquery.brand;

import dk.kea.cars.api.brand.BrandView;
import dk.kea.cars.publicquery.PublicCatalogReader;
import dk.kea.cars.publicquery.catalog.PublicCatalogController;
import dk.kea.cars.publicquery.catalog.PublicCatalogKind;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/public/brands", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Public catalog", description = "The car catalog for anonymous customers; read-only, no token needed")
public class PublicBrandController extends PublicCatalogController<PublicBrandDocument, BrandView> {

    public PublicBrandController(PublicCatalogReader catalog) {
        super(new PublicCatalogKind("brand", "brands",
                "Every brand of the catalog"), PublicBrandDocument.class, catalog);
    }
}
