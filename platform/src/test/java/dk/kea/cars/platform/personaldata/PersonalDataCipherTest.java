package dk.kea.cars.platform.personaldata;

import dk.kea.cars.api.personaldata.SealedText;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** AES-GCM as the personal fields use it: what opens, and everything that must not. */
class PersonalDataCipherTest {

    private final byte[] key = PersonalDataCipher.newKey();
    private final UUID person = UUID.randomUUID();

    @Test
    void aSealedFieldOpensWithItsKeyAndPersonAndCarriesNoText() {
        SealedText sealed = PersonalDataCipher.seal(key, person, "Henrik Henriksen, Søvej 1");

        assertThat(sealed.isCipher()).isTrue();
        assertThat(sealed.value()).doesNotContain("Henrik");
        assertThat(PersonalDataCipher.open(key, person, sealed)).isEqualTo("Henrik Henriksen, Søvej 1");
    }

    @Test
    void keysAreAes256AndEachFieldHasItsOwnNonce() {
        SealedText first = PersonalDataCipher.seal(key, person, "same text");
        SealedText second = PersonalDataCipher.seal(key, person, "same text");

        assertThat(key).hasSize(32);
        assertThat(PersonalDataCipher.newKey()).isNotEqualTo(key);
        assertThat(first).isNotEqualTo(second);
        assertThat(nonce(first)).isNotEqualTo(nonce(second)).hasSize(12);
    }

    @Test
    void aFieldMovedToAnotherPersonDoesNotOpenEvenUnderTheSameKey() {
        SealedText sealed = PersonalDataCipher.seal(key, person, "ada@example.com");

        assertThatThrownBy(() -> PersonalDataCipher.open(key, UUID.randomUUID(), sealed))
                .isInstanceOf(PersonalDataCipher.UnreadableText.class);
    }

    @Test
    void anotherKeyOrAnAlteredByteDoesNotOpen() {
        SealedText sealed = PersonalDataCipher.seal(key, person, "ada@example.com");
        byte[] stored = Base64.getDecoder().decode(sealed.value().substring(SealedText.CIPHER.length()));
        stored[stored.length - 1] ^= 1;
        SealedText altered = new SealedText(SealedText.CIPHER + Base64.getEncoder().encodeToString(stored));

        assertThatThrownBy(() -> PersonalDataCipher.open(PersonalDataCipher.newKey(), person, sealed))
                .isInstanceOf(PersonalDataCipher.UnreadableText.class);
        assertThatThrownBy(() -> PersonalDataCipher.open(key, person, altered))
                .isInstanceOf(PersonalDataCipher.UnreadableText.class);
        assertThatThrownBy(() -> PersonalDataCipher.open(key, person, new SealedText(SealedText.CIPHER + "%%")))
                .isInstanceOf(PersonalDataCipher.UnreadableText.class);
        assertThatThrownBy(() -> PersonalDataCipher.open(key, person, new SealedText(SealedText.CIPHER + "AAAA")))
                .isInstanceOf(PersonalDataCipher.UnreadableText.class);
    }

    @Test
    void theFailureSaysNothingOfTheValueOrTheKey() {
        SealedText sealed = PersonalDataCipher.seal(key, person, "ada@example.com");

        assertThatThrownBy(() -> PersonalDataCipher.open(PersonalDataCipher.newKey(), person, sealed))
                .hasMessageNotContaining("ada").hasMessageNotContaining(sealed.value())
                .hasMessageNotContaining(new String(key, StandardCharsets.ISO_8859_1));
    }

    @Test
    void anAbsentFieldStaysAbsent() {
        assertThat(PersonalDataCipher.seal(key, person, null)).isNull();
    }

    private static byte[] nonce(SealedText sealed) {
        byte[] stored = Base64.getDecoder().decode(sealed.value().substring(SealedText.CIPHER.length()));
        return java.util.Arrays.copyOf(stored, 12);
    }
}
