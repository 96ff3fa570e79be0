package dk.kea.cars.command.model;

import dk.kea.cars.api.model.FindModel;
import dk.kea.cars.api.model.FindPublicModel;
import dk.kea.cars.api.model.ModelView;
import dk.kea.cars.command.catalog.CatalogWriteController;
import dk.kea.cars.command.catalog.CatalogWriteDocs;
import dk.kea.cars.command.web.ReadYourWrites;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Writes on models; answers once the employee API and the public catalog both show the change. */
@RestController
@RequestMapping("/api/models")
@Tag(name = "Models (write)", description = "Create and change models; admin and manager")
@SecurityRequirement(name = "bearer")
class ModelController extends CatalogWriteController<NewModelRequest, ModelChangesRequest, ModelView> {

    private static final CatalogWriteDocs DOCS = CatalogWriteDocs.of("a", "model")
            .answering(CatalogWriteDocs.CREATE_NOT_FOUND, "The brand or a color does not exist (named in the detail)")
            .answering(CatalogWriteDocs.CREATE_CONFLICT, "The id belongs to an entity of another type")
            .answering(CatalogWriteDocs.CHANGE_NOT_FOUND, "No model with this id, or a new color does not exist");

    ModelController(ReadYourWrites writes) {
        super(writes, DOCS, FindModel::new, FindPublicModel::new, ModelView.class, true);
    }
}
