package dk.kea.cars.publicquery.color;

import dk.kea.cars.api.color.ColorView;
import dk.kea.cars.publicquery.PublicCatalogReader;
import dk.kea.cars.publicquery.catalog.PublicCatalogController;
import dk.kea.cars.publicquery.catalog.PublicCatalogKind;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/public/colors", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Public catalog", description = "The car catalog for anonymous customers; read-only, no token needed")
public class PublicColorController extends PublicCatalogController<PublicColorDocument, ColorView> {

    public PublicColorController(PublicCatalogReader catalog) {
        super(new PublicCatalogKind("color", "colors",
                "Every color a model can be ordered in"), PublicColorDocument.class, catalog);
    }
}
