package dk.kea.cars.publicquery.image;

import com.mongodb.client.gridfs.model.GridFSFile;
import dk.kea.cars.api.image.StoredImages;
import dk.kea.cars.publicquery.PublicCatalogReader;
import dk.kea.cars.publicquery.web.PublicNotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.bson.Document;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The model images the command side stored (GridFS, {@link StoredImages}), anonymously. An image's name is the
 * SHA-256 of its bytes, so what a name serves never changes: caches may keep it for a year without asking again.
 */
@RestController
@RequestMapping("/api/public/images")
@Tag(name = "Public catalog", description = "The car catalog for anonymous customers; read-only, no token needed")
public class PublicImageController {

    /** A year, the most RFC 9111 advises; immutable: not even a reload asks again. */
    static final String FOREVER = "public, max-age=31536000, immutable";

    private final PublicCatalogReader catalog;

    public PublicImageController(PublicCatalogReader catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/{sha256}")
    @Operation(operationId = "getPublicImage", summary = "Get a model image",
            description = "The image a model's image_url names, with the content type detected when it was "
                    + "uploaded. Named by the SHA-256 of its bytes, it never changes: Cache-Control public, "
                    + "max-age=31536000, immutable, and the hash as its ETag (If-None-Match answers 304).")
    @ApiResponse(responseCode = "200", description = "The image", content = {
            @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "image/gif", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "image/webp", schema = @Schema(type = "string", format = "binary"))},
            headers = {@Header(name = "ETag", description = "The SHA-256, quoted"),
                    @Header(name = "Cache-Control", description = "public, max-age=31536000, immutable")})
    @ApiResponse(responseCode = "304", description = "If-None-Match named this image's ETag")
    @ApiResponse(responseCode = "404", description = "No image has this hash, or it is no SHA-256 (64 lower-case "
            + "hex digits)", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
            schema = @Schema(implementation = ProblemDetail.class)))
    public ResponseEntity<byte[]> image(@Parameter(description = "SHA-256 of the image, 64 lower-case hex digits")
                                        @PathVariable String sha256, WebRequest request) {
        if (!StoredImages.isHash(sha256)) {
            throw new PublicNotFound("No image is named '" + sha256 + "': images are named by the SHA-256 of their "
                    + "bytes, 64 lower-case hex digits");
        }
        GridFSFile file = catalog.findFile(StoredImages.BUCKET, sha256)
                .orElseThrow(() -> new PublicNotFound("No image with SHA-256 " + sha256));
        if (request.checkNotModified(etag(sha256))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag(sha256))
                    .header(HttpHeaders.CACHE_CONTROL, FOREVER).build();
        }
        return ResponseEntity.ok()
                .eTag(etag(sha256))
                .header(HttpHeaders.CACHE_CONTROL, FOREVER)
                .contentType(contentType(file))
                .body(catalog.readFile(StoredImages.BUCKET, file));
    }

    private static MediaType contentType(GridFSFile file) {
        Document metadata = file.getMetadata();
        String stored = metadata == null ? null : metadata.getString(StoredImages.CONTENT_TYPE);
        return stored == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(stored);
    }

    private static String etag(String sha256) {
        return "\"" + sha256 + "\"";
    }
}
