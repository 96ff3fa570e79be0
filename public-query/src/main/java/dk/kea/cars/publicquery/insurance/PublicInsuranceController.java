package dk.kea.cars.publicquery.insurance;

import dk.kea.cars.api.insurance.InsuranceView;
import dk.kea.cars.publicquery.PublicCatalogReader;
import dk.kea.cars.publicquery.catalog.PublicCatalogController;
import dk.kea.cars.publicquery.catalog.PublicCatalogKind;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/public/insurances", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Public catalog", description = "The car catalog for anonymous customers; read-only, no token needed")
public class PublicInsuranceController extends PublicCatalogController<PublicInsuranceDocument, InsuranceView> {

    public PublicInsuranceController(PublicCatalogReader catalog) {
        super(new PublicCatalogKind("insurance", "insurances",
                "Every insurance a customer can take out with a car"), PublicInsuranceDocument.class, catalog);
    }
}
