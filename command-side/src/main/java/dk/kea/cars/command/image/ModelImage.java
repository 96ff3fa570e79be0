package dk.kea.cars.command.image;

import dk.kea.cars.api.image.StoredImages;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An uploaded model image that passed the limits: at most the configured size, and an image by its content. Named by
 * the SHA-256 of its bytes, which is also where it is served ({@link #url()}).
 */
public final class ModelImage {

    private final byte[] bytes;
    private final ImageType type;
    private final String sha256;

    private ModelImage(byte[] bytes, ImageType type) {
        this.bytes = bytes;
        this.type = type;
        this.sha256 = sha256(bytes);
    }

    /**
     * The image these bytes are, or {@link ImageRefused}: {@code TOO_LARGE} above {@code maxBytes},
     * {@code NOT_AN_IMAGE} when they do not start like a PNG, JPEG, GIF or WebP file.
     */
    public static ModelImage of(String field, byte[] bytes, long maxBytes) {
        if (bytes.length > maxBytes) {
            throw tooLarge(field, maxBytes);
        }
        ImageType type = ImageType.of(bytes).orElseThrow(() -> new ImageRefused(ImageRefused.Reason.NOT_AN_IMAGE,
                field + " is not a " + ImageType.names() + " image (judged by its content, not its name or declared type)"));
        return new ModelImage(bytes, type);
    }

    /** The refusal of an image above {@code maxBytes}. */
    private static ImageRefused tooLarge(String field, long maxBytes) {
        return tooLarge(field + " may have at most " + maxBytes + " bytes; the request sent more");
    }

    /** A refusal with 413 in the words of the caller, who knows which limit the request went over. */
    public static ImageRefused tooLarge(String detail) {
        return new ImageRefused(ImageRefused.Reason.TOO_LARGE, detail);
    }

    /** The bytes, not copied: the caller hands them over. */
    byte[] bytes() {
        return bytes;
    }

    public ImageType type() {
        return type;
    }

    /** Lower-case hex SHA-256 of the bytes: the image's name. */
    public String sha256() {
        return sha256;
    }

    /** Where public-query serves it, and what a model's {@code image_url} says. */
    public String url() {
        return StoredImages.url(sha256);
    }

    public int size() {
        return bytes.length;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }
}
