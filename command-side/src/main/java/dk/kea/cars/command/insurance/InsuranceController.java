package dk.kea.cars.command.insurance;

import dk.kea.cars.api.insurance.FindInsurance;
import dk.kea.cars.api.insurance.FindPublicInsurance;
import dk.kea.cars.api.insurance.InsuranceView;
import dk.kea.cars.command.catalog.CatalogWriteController;
import dk.kea.cars.command.catalog.CatalogWriteDocs;
import dk.kea.cars.command.web.ReadYourWrites;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Writes on insurances; answers once the employee API and the public catalog both show the change. */
@RestController
@RequestMapping("/api/insurances")
@Tag(name = "Insurances (write)", description = "Create and change insurances; admin and manager")
@SecurityRequirement(name = "bearer")
class InsuranceController extends CatalogWriteController<NewInsuranceRequest, InsuranceChangesRequest, InsuranceView> {

    InsuranceController(ReadYourWrites writes) {
        super(writes, CatalogWriteDocs.uniquelyNamed("an", "insurance"), FindInsurance::new, FindPublicInsurance::new,
                InsuranceView.class, true);
    }
}
