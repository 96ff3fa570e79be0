package dk.kea.cars.command.image;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The image formats a model image may have, recognised by the signature at the start of the bytes (their "magic
 * numbers"), never by a file name or a declared content type, which the client chooses freely.
 */
public enum ImageType {
    PNG("image/png"),
    JPEG("image/jpeg"),
    GIF("image/gif"),
    WEBP("image/webp");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF87 = ascii("GIF87a");
    private static final byte[] GIF89 = ascii("GIF89a");
    private static final byte[] RIFF = ascii("RIFF");
    private static final byte[] WEBP_FORM = ascii("WEBP");

    private final String contentType;

    ImageType(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** The format these bytes are in, if they start like one of ours. */
    public static Optional<ImageType> of(byte[] bytes) {
        if (startsWith(bytes, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 0, JPEG_SIGNATURE)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, GIF87) || startsWith(bytes, 0, GIF89)) {
            return Optional.of(GIF);
        }
        // a RIFF container (4 bytes "RIFF", 4 bytes length) whose form type is WEBP
        if (startsWith(bytes, 0, RIFF) && startsWith(bytes, 8, WEBP_FORM)) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** Every accepted format, for messages: "PNG, JPEG, GIF or WEBP". */
    static String names() {
        String all = String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] signature) {
        return bytes.length >= offset + signature.length
                && Arrays.equals(bytes, offset, offset + signature.length, signature, 0, signature.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
