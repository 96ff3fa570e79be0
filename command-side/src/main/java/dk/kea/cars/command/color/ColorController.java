package dk.kea.cars.command.color;

import dk.kea.cars.api.color.FindColor;
import dk.kea.cars.api.color.FindPublicColor;
import dk.kea.cars.api.color.ColorView;
import dk.kea.cars.command.catalog.CatalogWriteController;
import dk.kea.cars.command.catalog.CatalogWriteDocs;
import dk.kea.cars.command.web.ReadYourWrites;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Writes on colors; answers once the employee API and the public catalog both show the change. */
@RestController
@RequestMapping("/api/colors")
@Tag(name = "Colors (write)", description = "Create and change colors; admin and manager")
@SecurityRequirement(name = "bearer")
class ColorController extends CatalogWriteController<NewColorRequest, ColorChangesRequest, ColorView> {

    ColorController(ReadYourWrites writes) {
        super(writes, CatalogWriteDocs.uniquelyNamed("a", "color"), FindColor::new, FindPublicColor::new,
                ColorView.class, true);
    }
}
