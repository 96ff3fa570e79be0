package dk.kea.cars.publicquery.model;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dk.kea.cars.api.model.ModelView;
import dk.kea.cars.api.validation.ListPage;
import dk.kea.cars.publicquery.PublicCatalogReader;
import dk.kea.cars.publicquery.brand.PublicBrandDocument;
import dk.kea.cars.publicquery.web.PublicNotFound;
import dk.kea.cars.publicquery.web.PublicResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/public/models", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Public catalog", description = "The car catalog for anonymous customers; read-only, no token needed")
public class PublicModelController {

    private final PublicCatalogReader catalog;

    public PublicModelController(PublicCatalogReader catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(operationId = "listPublicModels", summary = "List models",
            description = "Every model with its brand and colors embedded, sorted by name; "
                    + "optionally of one brand only.")
    @ApiResponse(responseCode = "200", description = "The models, sorted by name")
    @ApiResponse(responseCode = "404", description = "brand_id names no brand", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "brand_id is not a UUID, or limit or offset is invalid",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    public List<ModelView> list(@Parameter(description = "Only models of this brand (UUID)")
                                @RequestParam(name = "brand_id", required = false) UUID brandId,
                                @Parameter(description = "At most this many models, 1–1000")
                                @RequestParam(defaultValue = ListPage.DEFAULT_LIMIT) int limit,
                                @Parameter(description = "Skip this many models, at least 0")
                                @RequestParam(defaultValue = ListPage.DEFAULT_OFFSET) int offset) {
        Query query = PublicResponses.byName(new ListPage(limit, offset));
        if (brandId != null) {
            requireBrand(brandId);
            query.addCriteria(where("brandId").is(brandId.toString()));
        }
        return catalog.find(query, PublicModelDocument.class).stream().map(PublicModelDocument::toView).toList();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getPublicModel", summary = "Get one model",
            description = "The model with this id, brand and colors embedded; the ETag header carries its version.")
    @ApiResponse(responseCode = "200", description = "The model", headers = @Header(name = "ETag",
            description = "The model's version, quoted"))
    @ApiResponse(responseCode = "404", description = "No model has this id", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The id is not a UUID", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
            schema = @Schema(implementation = ProblemDetail.class)))
    public ResponseEntity<ModelView> one(@Parameter(description = "Model id (UUID)") @PathVariable UUID id) {
        return PublicResponses.versioned(catalog.findById(id, PublicModelDocument.class)
                .map(PublicModelDocument::toView), "Model", id);
    }

    private void requireBrand(UUID brandId) {
        if (!catalog.exists(brandId, PublicBrandDocument.class)) {
            throw new PublicNotFound("Brand " + brandId + " was not found");
        }
    }
}
