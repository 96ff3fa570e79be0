package dk.kea.cars.command.accessory;

import dk.kea.cars.api.accessory.FindAccessory;
import dk.kea.cars.api.accessory.FindPublicAccessory;
import dk.kea.cars.api.accessory.AccessoryView;
import dk.kea.cars.command.catalog.CatalogWriteController;
import dk.kea.cars.command.catalog.CatalogWriteDocs;
import dk.kea.cars.command.web.ReadYourWrites;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Writes on accessories; answers once the employee API and the public catalog both show the change. */
@RestController
@RequestMapping("/api/accessories")
@Tag(name = "Accessories (write)", description = "Create and change accessories; admin and manager")
@SecurityRequirement(name = "bearer")
class AccessoryController extends CatalogWriteController<NewAccessoryRequest, AccessoryChangesRequest, AccessoryView> {

    AccessoryController(ReadYourWrites writes) {
        super(writes, CatalogWriteDocs.uniquelyNamed("an", "accessory"), FindAccessory::new, FindPublicAccessory::new,
                AccessoryView.class, true);
    }
}
