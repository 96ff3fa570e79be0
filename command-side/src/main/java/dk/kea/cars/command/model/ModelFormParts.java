package dk.kea.cars.command.model;

import dk.kea.cars.api.model.CreateModel;
import dk.kea.cars.api.validation.FieldError;
import dk.kea.cars.api.validation.InvalidInput;
import dk.kea.cars.command.image.ModelImage;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * Reads a {@link NewModelForm} from the parts of a multipart request and checks it the way the JSON body is checked:
 * the image first (413 above the size limit, 415 when its bytes are no image), then every field at once (422, the
 * same rules and messages as the JSON body, {@link CreateModel}). Unknown parts are refused like unknown JSON fields.
 */
final class ModelFormParts {

    static final String IMAGE = "model_image";
    private static final String IMAGE_URL = "image_url";
    private static final Set<String> SINGLE_TEXT = Set.of("id", "name", "price", "brands_id", IMAGE_URL);
    private static final String COLOR_IDS = "color_ids";
    private static final String WRONG_FORMAT = "has the wrong type or format";
    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** The create command and the image to store before it is sent, if the form had one. */
    record Upload(CreateModel command, Optional<ModelImage> image) {
    }

    private final Map<String, List<String>> texts = new LinkedHashMap<>();
    private final Map<String, FieldError> errors = new LinkedHashMap<>();
    private byte[] image;

    private ModelFormParts() {
    }

    /** The form's command and image, or {@code ImageRefused} (413, 415) or {@link InvalidInput} (422). */
    static Upload read(MultipartHttpServletRequest request, long maxImageBytes, int maxParts) {
        ModelFormParts form = new ModelFormParts();
        for (Part part : parts(request, maxImageBytes, maxParts)) {
            form.add(part);
        }
        Optional<ModelImage> checked = Optional.ofNullable(form.image)
                .map(bytes -> ModelImage.of(IMAGE, bytes, maxImageBytes));
        return new Upload(form.command(checked), checked);
    }

    /**
     * Lets Spring parse the body (lazily, here, so its failures reach this service's problem handler): a form over
     * a multipart limit (a part larger than an image may be, too many parts) is 413, a body that is no multipart
     * body a 422 like unreadable JSON.
     */
    private static List<Part> parts(MultipartHttpServletRequest request, long maxImageBytes, int maxParts) {
        try {
            request.getMultiFileMap();
            return List.copyOf(request.getParts());
        } catch (MaxUploadSizeExceededException tooLarge) {
            throw ModelImage.tooLarge(IMAGE + " may have at most " + maxImageBytes + " bytes and the form at most "
                    + maxParts + " parts; the request sent more");
        } catch (MultipartException | ServletException | IOException unreadable) {
            throw InvalidInput.of("body", "must be a multipart/form-data body");
        }
    }

    private void add(Part part) {
        String name = part.getName();
        if (IMAGE.equals(name)) {
            byte[] file = bytes(part);
            if (file.length == 0) {
                return; // a file input left empty: browsers send an empty part
            }
            if (image != null) {
                refuse(name, "must be given once");
            }
            image = file;
        } else if (SINGLE_TEXT.contains(name) || COLOR_IDS.equals(name)) {
            text(part).ifPresent(value -> texts.computeIfAbsent(name, key -> new ArrayList<>()).add(value));
        } else {
            refuse(name, "is not a known field");
        }
    }

    private CreateModel command(Optional<ModelImage> checked) {
        UUID id = single("id", ModelFormParts::uuid);
        UUID brandId = single("brands_id", ModelFormParts::uuid);
        String name = single("name", Function.identity());
        BigDecimal price = single("price", text -> new BigDecimal(text.trim()));
        List<UUID> colorIds = colorIds();
        String imageUrl = imageUrl(checked);
        try {
            CreateModel command = new CreateModel(id == null ? UUID.randomUUID() : id, brandId, name, price, imageUrl,
                    colorIds);
            if (errors.isEmpty()) {
                return command;
            }
        } catch (InvalidInput invalid) {
            // a field already refused while reading keeps that reason; without an image, image_url is not asked for
            invalid.errors().stream()
                    .filter(error -> !(errors.containsKey(IMAGE) && IMAGE_URL.equals(error.field())))
                    .forEach(error -> errors.putIfAbsent(error.field(), error));
        }
        throw new InvalidInput(List.copyOf(errors.values()));
    }

    private String imageUrl(Optional<ModelImage> checked) {
        String given = single(IMAGE_URL, Function.identity());
        if (checked.isPresent() && given != null) {
            refuse(IMAGE_URL, "must not be given together with " + IMAGE);
        } else if (checked.isEmpty() && given == null && !errors.containsKey(IMAGE_URL)) {
            refuse(IMAGE, "is required (or give image_url)");
        }
        return checked.map(ModelImage::url).orElse(given);
    }

    /** Blank means not given, as an empty input of an HTML form sends it. */
    private <T> T single(String field, Function<String, T> parse) {
        List<String> values = texts.getOrDefault(field, List.of());
        if (values.size() > 1) {
            refuse(field, "must be given once");
            return null;
        }
        if (values.isEmpty() || (values.get(0).isBlank() && !"name".equals(field))) {
            return null;
        }
        try {
            return parse.apply(values.get(0));
        } catch (IllegalArgumentException wrongFormat) {
            refuse(field, WRONG_FORMAT);
            return null;
        }
    }

    /** One part per color as the frontend sends them; a part may also list several, comma-separated. */
    private List<UUID> colorIds() {
        if (!texts.containsKey(COLOR_IDS)) {
            return null;
        }
        List<UUID> ids = new ArrayList<>();
        try {
            for (String value : texts.get(COLOR_IDS)) {
                for (String id : value.split(",")) {
                    if (!id.isBlank()) {
                        ids.add(uuid(id));
                    }
                }
            }
        } catch (IllegalArgumentException wrongFormat) {
            refuse(COLOR_IDS, WRONG_FORMAT);
            return null;
        }
        return ids;
    }

    private void refuse(String field, String message) {
        errors.putIfAbsent(field, new FieldError(field, message));
    }

    private Optional<String> text(Part part) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes(part))).toString());
        } catch (CharacterCodingException notUtf8) {
            refuse(part.getName(), "must be UTF-8 text");
            return Optional.empty();
        }
    }

    private static byte[] bytes(Part part) {
        try (var in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Only the canonical 36-character form, as the JSON body's UUIDs. */
    private static UUID uuid(String text) {
        String trimmed = text.trim();
        if (!CANONICAL_UUID.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("not a UUID: " + trimmed);
        }
        return UUID.fromString(trimmed);
    }
}
