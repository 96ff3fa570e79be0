package dk.kea.cars.publicquery.accessory;

import dk.kea.cars.api.accessory.AccessoryView;
import dk.kea.cars.publicquery.PublicCatalogReader;
import dk.kea.cars.publicquery.catalog.PublicCatalogController;
import dk.kea.cars.publicquery.catalog.PublicCatalogKind;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/public/accessories", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Public catalog", description = "The car catalog for anonymous customers; read-only, no token needed")
public class PublicAccessoryController extends PublicCatalogController<PublicAccessoryDocument, AccessoryView> {

    public PublicAccessoryController(PublicCatalogReader catalog) {
        super(new PublicCatalogKind("accessory", "accessories",
                "Every accessory that can be added to a car"), PublicAccessoryDocument.class, catalog);
    }
}
