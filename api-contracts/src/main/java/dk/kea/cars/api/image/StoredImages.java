package dk.kea.cars.api.image;

import java.util.regex.Pattern;

/**
 * How an uploaded model image is named, stored and served, agreed between the command side (which stores it) and
 * public-query (which serves it): content-addressed by the SHA-256 of its bytes, in the GridFS bucket {@link #BUCKET}
 * of the public side's MongoDB, one file per hash (its {@code filename}), served at {@link #PATH}{@code <sha256>}.
 * Events carry only that path, never the bytes.
 */
public final class StoredImages {

    /** Where public-query serves an image: {@code /api/public/images/<sha256>}. */
    public static final String PATH = "/api/public/images/";
    /**
     * The GridFS bucket ({@code images.files}, {@code images.chunks}). Not {@code public_…}: a rebuild of the public
     * catalog empties those collections, and images cannot be rebuilt from events.
     */
    public static final String BUCKET = "images";
    /** The key of a stored file's metadata that holds its content type, as detected from its bytes. */
    public static final String CONTENT_TYPE = "contentType";

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private StoredImages() {
    }

    /** The path an image of this hash is served at. */
    public static String url(String sha256) {
        if (!isHash(sha256)) {
            throw new IllegalArgumentException("not a lower-case SHA-256 hex digest: " + sha256);
        }
        return PATH + sha256;
    }

    /** Whether this is a SHA-256 digest as images are named: 64 lower-case hex digits. */
    public static boolean isHash(String value) {
        return value != null && SHA256_HEX.matcher(value).matches();
    }

    /** Whether this is the path of a stored image ({@link #url}). */
    public static boolean isUrl(String value) {
        return value != null && value.startsWith(PATH) && isHash(value.substring(PATH.length()));
    }
}
