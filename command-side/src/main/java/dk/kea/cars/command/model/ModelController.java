package dk.kea.cars.command.model;

import dk.kea.cars.api.model.FindModel;
import dk.kea.cars.api.model.FindPublicModel;
import dk.kea.cars.api.model.ModelView;
import dk.kea.cars.command.catalog.CatalogWriteController;
import dk.kea.cars.command.catalog.CatalogWriteDocs;
import dk.kea.cars.command.image.ModelImageStore;
import dk.kea.cars.command.web.ReadYourWrites;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;

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

    private final ModelImageStore images;
    private final long maxImageBytes;
    private final int maxParts;

    ModelController(ReadYourWrites writes, ModelImageStore images,
                    @Value("${kea.images.max-size:5MB}") DataSize maxImageSize,
                    @Value("${server.tomcat.max-part-count:50}") int maxParts) {
        super(writes, DOCS, FindModel::new, FindPublicModel::new, ModelView.class, true);
        this.images = images;
        this.maxImageBytes = maxImageSize.toBytes();
        this.maxParts = maxParts;
    }

    /**
     * The create as the seed's React frontend sends it. The image is stored before the command is sent, so a model
     * never names an image that is not there; a command refused after that leaves the image unreferenced.
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createModel", summary = "Create a model with its image file", description = "The same create as the JSON body, "
            + "with the image uploaded as the file part model_image: stored under the SHA-256 of its bytes (the same "
            + "bytes are stored once) and served anonymously at /api/public/images/{sha256}, which becomes the "
            + "model's image_url. The event carries that path, never the bytes.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                    schema = @Schema(implementation = NewModelForm.class))))
    @ApiResponse(responseCode = "201", description = "Created; Location and ETag headers set")
    @ApiResponse(responseCode = "200", description = "A model with this id exists already; it is returned unchanged")
    @ApiResponse(responseCode = "202", description = "Stored, but not yet visible in the read models")
    @ApiResponse(responseCode = "404", description = "The brand or a color does not exist (named in the detail)")
    @ApiResponse(responseCode = "409", description = "The id belongs to an entity of another type")
    @ApiResponse(responseCode = "413", description = "The image is larger than 5 MB (kea.images.max-size), or the "
            + "form has more parts than the server takes (128)")
    @ApiResponse(responseCode = "415", description = "model_image is not a PNG, JPEG, GIF or WebP image by its content")
    @ApiResponse(responseCode = "422", description = "Invalid input, with a list of field errors (model_image or "
            + "image_url is required, not both)")
    public ResponseEntity<Object> createWithImage(MultipartHttpServletRequest request) {
        ModelFormParts.Upload upload = ModelFormParts.read(request, maxImageBytes, maxParts);
        upload.image().ifPresent(images::store);
        return createFrom(upload.command());
    }
}
