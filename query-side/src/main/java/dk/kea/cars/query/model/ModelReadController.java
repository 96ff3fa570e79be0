package dk.kea.cars.query.model;

import dk.kea.cars.api.model.ModelView;
import dk.kea.cars.api.validation.ListPage;
import dk.kea.cars.query.brand.BrandRowRepository;
import dk.kea.cars.query.web.EntryKind;
import dk.kea.cars.query.web.EntryReadController;
import dk.kea.cars.query.web.QueryNotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/models")
@Tag(name = "Models", description = "Car models with brand and colors; read by admin, manager, sales person, auditor")
public class ModelReadController extends EntryReadController<ModelView> {

    private final ModelViewAssembler models;
    private final BrandRowRepository brands;

    public ModelReadController(ModelViewAssembler models, BrandRowRepository brands) {
        super(EntryKind.of("model", "models")
                .saying(EntryKind.ONE, "The model with its brand and colors; ETag is the model's version."));
        this.models = models;
        this.brands = brands;
    }

    @GetMapping
    @Operation(summary = "List models", description = "Every model, or those of one brand, sorted by name.")
    @ApiResponse(responseCode = "200", description = "The models")
    @ApiResponse(responseCode = "401", description = "No or invalid bearer token")
    @ApiResponse(responseCode = "403", description = "The employee is unknown, deleted or lacks a role")
    @ApiResponse(responseCode = "404", description = "brand_id names no brand")
    @ApiResponse(responseCode = "422", description = "brand_id is not a UUID, or limit or offset is invalid")
    public List<ModelView> list(@Parameter(description = "Only models of this brand (UUID)")
                                @RequestParam(name = "brand_id", required = false) UUID brandId,
                                @Parameter(description = "At most this many models, 1–1000")
                                @RequestParam(defaultValue = ListPage.DEFAULT_LIMIT) int limit,
                                @Parameter(description = "Skip this many models, at least 0")
                                @RequestParam(defaultValue = ListPage.DEFAULT_OFFSET) int offset) {
        ListPage page = new ListPage(limit, offset);
        if (brandId != null && !brands.existsById(brandId)) {
            throw new QueryNotFound("Brand", brandId);
        }
        return models.page(brandId, page);
    }

    @Override
    protected Optional<ModelView> find(UUID id) {
        return models.find(id);
    }
}
