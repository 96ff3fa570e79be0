package dk.kea.cars.api.personaldata;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a sealed field travels in Axon's JSON, and that neither it nor a key shows in a log line. */
class SealedTextTest {

    private final ObjectMapper axonJson = new ObjectMapper();

    @Test
    void aSealedFieldIsOneJsonStringAndReadsBackAsItself() throws Exception {
        SealedText sealed = new SealedText(SealedText.CIPHER + "AAECAw==");

        String json = axonJson.writeValueAsString(sealed);

        assertThat(json).isEqualTo("\"aes-gcm:AAECAw==\"");
        assertThat(axonJson.readValue(json, SealedText.class)).isEqualTo(sealed);
        assertThat(axonJson.readValue("\"erased:\"", SealedText.class).isErased()).isTrue();
    }

    @Test
    void aBareTextFromBeforeEncryptionReadsAsLegacyText() throws Exception {
        SealedText read = axonJson.readValue("\"henrik@gmail.com\"", SealedText.class);

        assertThat(read.isLegacy()).isTrue();
        assertThat(read.legacyText()).isEqualTo("henrik@gmail.com");
        assertThat(SealedText.legacy(null)).isNull();
        assertThatThrownBy(() -> new SealedText("henrik@gmail.com")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noLogLineShowsTheTextOrTheKey() {
        assertThat(SealedText.legacy("henrik@gmail.com").toString()).doesNotContain("henrik");
        byte[] key = new byte[32];
        key[0] = 42;
        PersonalDataKey active = PersonalDataKey.active(UUID.randomUUID(), key);
        assertThat(active.toString()).doesNotContain("42").doesNotContain("[B@").contains("ACTIVE");
    }

    @Test
    void aKeyRecordHandsOutCopiesOfItsMaterial() {
        byte[] key = new byte[32];
        PersonalDataKey active = PersonalDataKey.active(UUID.randomUUID(), key);

        key[0] = 1;
        active.material()[1] = 1;

        assertThat(active.material()).containsOnly(0);
    }
}
