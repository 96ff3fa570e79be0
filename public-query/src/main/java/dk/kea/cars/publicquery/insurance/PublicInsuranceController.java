package dk.kea.cars.publicquery.insurance;

import dk.kea.cars.api.insurance.InsuranceView;
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
@RequestMapping(path = "/api/public/insurances", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Public catalog", description = "The car catalog for anonymous customers; read-only, no token needed")
public class PublicInsuranceController {

    private final PublicCatalogReader catalog;

    public PublicInsuranceController(PublicCatalogReader catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(operationId = "listPublicInsurances", summary = "List insurances",
            description = "Every insurance a customer can take out with a car, sorted by name.")
    @ApiResponse(responseCode = "200", description = "The insurances, sorted by name")
    @ApiResponse(responseCode = "422", description = "limit or offset is invalid", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
            schema = @Schema(implementation = ProblemDetail.class)))
    public List<InsuranceView> list(
            @Parameter(description = "At most this many, 1–1000")
            @RequestParam(defaultValue = ListPage.DEFAULT_LIMIT) int limit,
            @Parameter(description = "Skip this many, at least 0")
            @RequestParam(defaultValue = ListPage.DEFAULT_OFFSET) int offset) {
        return catalog.find(PublicResponses.byName(new ListPage(limit, offset)), PublicInsuranceDocument.class).stream()
                .map(PublicInsuranceDocument::toView)
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getPublicInsurance", summary = "Get one insurance",
            description = "The insurance with this id; the ETag header carries its version.")
    @ApiResponse(responseCode = "200", description = "The insurance", headers = @Header(name = "ETag",
            description = "The insurance's version, quoted"))
    @ApiResponse(responseCode = "404", description = "No insurance has this id", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The id is not a UUID", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
            schema = @Schema(implementation = ProblemDetail.class)))
    public ResponseEntity<InsuranceView> one(@Parameter(description = "Insurance id (UUID)") @PathVariable UUID id) {
        return PublicResponses.versioned(catalog.findById(id, PublicInsuranceDocument.class)
                .map(PublicInsuranceDocument::toView), "Insurance", id);
    }
}
