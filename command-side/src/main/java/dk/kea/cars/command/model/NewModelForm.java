package dk.kea.cars.command.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The {@code multipart/form-data} body of {@code POST /api/models} as the API docs show it; {@link ModelFormParts}
 * reads it from the parts. The part names are the ones the seed's React frontend sends.
 */
@Schema(description = "A new model with its image file, as multipart/form-data: the fields of the JSON body as text "
        + "parts (color_ids once per color, or comma-separated) and the image as the file part model_image instead "
        + "of image_url")
record NewModelForm(
        @Schema(description = "Optional client-chosen id", example = "8456043d-5fb0-49bf-ac2c-51567a32cc87") UUID id,
        @JsonProperty("brands_id") @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The brand the model belongs to (cannot change later)", example = "fff14a06-dc2a-447d-a707-9c03fe00c7a0") UUID brandsId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Name, 1–60 characters", example = "R8") String name,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Base price, greater than 0 and at most 10000000, two decimals", example = "10000.95") BigDecimal price,
        @JsonProperty("color_ids") @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The colors the model is offered in: at least one, no duplicates; one part per color") List<UUID> colorIds,
        @JsonProperty("model_image") @Schema(type = "string", format = "binary", description = "The image file: PNG, "
                + "JPEG, GIF or WebP judged by its content (not its name or declared type), at most 5 MB "
                + "(kea.images.max-size). Stored under the SHA-256 of its bytes and served at "
                + "/api/public/images/{sha256}, which becomes the model's image_url") byte[] modelImage,
        @JsonProperty("image_url") @Schema(description = "Instead of model_image: an absolute http(s) URL of the image") String imageUrl) {
}
