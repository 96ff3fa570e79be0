package dk.kea.cars.query.insurance;

import dk.kea.cars.api.insurance.InsuranceView;
import dk.kea.cars.query.catalog.CatalogReadController;
import dk.kea.cars.query.store.CatalogRows;
import dk.kea.cars.query.web.EntryKind;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/insurances")
@Tag(name = "Insurances", description = "Insurances; read by admin, manager, sales person, auditor")
public class InsuranceReadController extends CatalogReadController<InsuranceRow, InsuranceView> {

    public InsuranceReadController(InsuranceRowRepository insurances, CatalogRows catalog) {
        super(EntryKind.of("insurance", "insurances"), InsuranceRow.class, InsuranceRow::toView,
                insurances, catalog);
    }
}
