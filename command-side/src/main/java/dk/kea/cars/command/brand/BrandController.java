package dk.kea.cars.command.brand;

import dk.kea.cars.api.brand.FindBrand;
import dk.kea.cars.api.brand.FindPublicBrand;
import dk.kea.cars.api.brand.BrandView;
import dk.kea.cars.command.catalog.CatalogWriteController;
import dk.kea.cars.command.catalog.CatalogWriteDocs;
import dk.kea.cars.command.web.ReadYourWrites;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Writes on brands; answers once the employee API and the public catalog both show the change. */
@RestController
@RequestMapping("/api/brands")
@Tag(name = "Brands (write)", description = "Create and change brands; admin and manager")
@SecurityRequirement(name = "bearer")
class BrandController extends CatalogWriteController<NewBrandRequest, BrandChangesRequest, BrandView> {

    BrandController(ReadYourWrites writes) {
        super(writes, CatalogWriteDocs.uniquelyNamed("a", "brand"), FindBrand::new, FindPublicBrand::new,
                BrandView.class, false);
    }
}
