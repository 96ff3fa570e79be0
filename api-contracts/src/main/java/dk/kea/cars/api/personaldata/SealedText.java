package dk.kea.cars.api.personaldata;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/**
 * A personal field as an event carries it: never the text itself but one JSON string in one of three forms.
 * <ul>
 *     <li>{@code aes-gcm:<Base64 of nonce ‖ ciphertext ‖ tag>}: AES-GCM under the key of the person it belongs to,
 *     with that person's id as associated data (written by the command side; read with platform's
 *     {@code PersonalData});</li>
 *     <li>{@code plain:<text>}: the text of an event stored before personal data was encrypted, as the upcasters
 *     present it (never written);</li>
 *     <li>{@code erased:}: what an erasure leaves (the state after {@code CustomerErased}).</li>
 * </ul>
 * {@link #toString()} shows only the form, so no log line can carry the text of a legacy value.
 */
public record SealedText(String value) {

    public static final String CIPHER = "aes-gcm:";
    public static final String LEGACY = "plain:";
    private static final String ERASED_VALUE = "erased:";
    public static final SealedText ERASED = new SealedText(ERASED_VALUE);

    /** Only the three forms: a bare text is made legacy by {@link #of(String)} or {@link #legacy(String)}. */
    public SealedText {
        Objects.requireNonNull(value, "value");
        if (!value.startsWith(CIPHER) && !value.startsWith(LEGACY) && !value.equals(ERASED_VALUE)) {
            throw new IllegalArgumentException("Not a sealed value");
        }
    }

    /**
     * Any stored value. A value in none of the three forms is the bare text of something written before encryption
     * (an aggregate snapshot taken then; events are upcast to the legacy form first): it counts as legacy text.
     */
    @JsonCreator
    public static SealedText of(String value) {
        if (value == null) {
            return null;
        }
        if (value.startsWith(CIPHER) || value.startsWith(LEGACY) || value.equals(ERASED_VALUE)) {
            return new SealedText(value);
        }
        return legacy(value);
    }

    /** The text of an event stored before encryption; null stays null (an absent optional field). */
    public static SealedText legacy(String text) {
        return text == null ? null : new SealedText(LEGACY + text);
    }

    @Override
    @JsonValue
    public String value() {
        return value;
    }

    public boolean isCipher() {
        return value.startsWith(CIPHER);
    }

    public boolean isLegacy() {
        return value.startsWith(LEGACY);
    }

    public boolean isErased() {
        return value.equals(ERASED_VALUE);
    }

    /** The text of a legacy value. */
    public String legacyText() {
        if (!isLegacy()) {
            throw new IllegalStateException("Not a legacy value");
        }
        return value.substring(LEGACY.length());
    }

    @Override
    public String toString() {
        return "SealedText[" + (isCipher() ? "aes-gcm" : isLegacy() ? "legacy" : "erased") + "]";
    }
}
