package dk.kea.cars.publicquery.color;

import dk.kea.cars.api.color.ColorView;
import dk.kea.cars.api.validation.ListPage;
import dk.kea.cars.publicquery.PublicCatalogReader;
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
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/public/colors", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Public catalog", description = "The car catalog for anonymous customers; read-only, no token needed")
public class PublicColorController {

    private final PublicCatalogReader catalog;

    public PublicColorController(PublicCatalogReader catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(operationId = "listPublicColors", summary = "List colors",
            description = "Every color a model can be ordered in, sorted by name.")
    @ApiResponse(responseCode = "200", description = "The colors, sorted by name")
    @ApiResponse(responseCode = "422", description = "limit or offset is invalid", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
            schema = @Schema(implementation = ProblemDetail.class)))
    public List<ColorView> list(
            @Parameter(description = "At most this many, 1–1000")
            @RequestParam(defaultValue = ListPage.DEFAULT_LIMIT) int limit,
            @Parameter(description = "Skip this many, at least 0")
            @RequestParam(defaultValue = ListPage.DEFAULT_OFFSET) int offset) {
        return catalog.find(PublicResponses.byName(new ListPage(limit, offset)), PublicColorDocument.class).stream()
                .map(PublicColorDocument::toView)
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getPublicColor", summary = "Get one color",
            description = "The color with this id; the ETag header carries its version.")
    @ApiResponse(responseCode = "200", description = "The color", headers = @Header(name = "ETag",
            description = "The color's version, quoted"))
    @ApiResponse(responseCode = "404", description = "No color has this id", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The id is not a UUID", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
            schema = @Schema(implementation = ProblemDetail.class)))
    public ResponseEntity<ColorView> one(@Parameter(description = "Color id (UUID)") @PathVariable UUID id) {
        return PublicResponses.versioned(catalog.findById(id, PublicColorDocument.class)
                .map(PublicColorDocument::toView), "Color", id);
    }
}
