package dk.kea.cars.platform.personaldata;

import dk.kea.cars.api.personaldata.SealedText;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/**
 * AES-256-GCM from the JDK for one person's personal fields: a random 96-bit nonce per field, a 128-bit tag, and
 * the person's id as associated data, so a ciphertext copied into another person's event does not authenticate
 * there. The sealed form is {@code aes-gcm:} and the Base64 of nonce ‖ ciphertext ‖ tag.
 */
public final class PersonalDataCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int KEY_BITS = 256;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PersonalDataCipher() {
    }

    /** A new random AES-256 key. */
    public static byte[] newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(KEY_BITS, RANDOM);
            return generator.generateKey().getEncoded();
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("This JVM offers no AES", missing);
        }
    }

    /** The text sealed under the person's key; null stays null (an absent optional field). */
    public static SealedText seal(byte[] key, UUID subject, String text) {
        if (text == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, nonce, subject);
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
            return new SealedText(SealedText.CIPHER + Base64.getEncoder().encodeToString(stored));
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("AES-GCM failed to encrypt", failure);
        }
    }

    /**
     * The text of a sealed value, if it authenticates under this key and person.
     *
     * @throws UnreadableText when it does not (altered, sealed under another key, or moved from another person)
     */
    public static String open(byte[] key, UUID subject, SealedText sealed) {
        if (!sealed.isCipher()) {
            throw new IllegalArgumentException("Not a ciphertext");
        }
        byte[] stored;
        try {
            stored = Base64.getDecoder().decode(sealed.value().substring(SealedText.CIPHER.length()));
        } catch (IllegalArgumentException notBase64) {
            throw new UnreadableText();
        }
        if (stored.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new UnreadableText();
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, java.util.Arrays.copyOf(stored, NONCE_BYTES), subject);
            byte[] text = cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
            return new String(text, StandardCharsets.UTF_8);
        } catch (AEADBadTagException forged) {
            throw new UnreadableText();
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("AES-GCM failed to decrypt", failure);
        }
    }

    private static Cipher cipher(int mode, byte[] key, byte[] nonce, UUID subject) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(subject.toString().getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }

    /** A ciphertext that does not authenticate. Carries nothing of the value or the key. */
    public static final class UnreadableText extends RuntimeException {

        UnreadableText() {
            super("The ciphertext does not authenticate under this key and person", null, false, false);
        }
    }
}
