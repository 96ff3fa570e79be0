package dk.kea.cars.command.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ModelImageTest {

    private static final long FIVE_MB = 5L * 1024 * 1024;

    @Test
    void theFormatComesFromTheBytes() {
        assertThat(ModelImage.of("model_image", TestImages.png(100, 1), FIVE_MB).type()).isEqualTo(ImageType.PNG);
        assertThat(ModelImage.of("model_image", TestImages.jpeg(100), FIVE_MB).type()).isEqualTo(ImageType.JPEG);
        assertThat(ModelImage.of("model_image", TestImages.gif(100), FIVE_MB).type()).isEqualTo(ImageType.GIF);
        assertThat(ModelImage.of("model_image", TestImages.webp(100), FIVE_MB).type()).isEqualTo(ImageType.WEBP);
        assertThat(ImageType.WEBP.contentType()).isEqualTo("image/webp");
    }

    @Test
    void textIsNoImageWhateverItIsCalled() {
        byte[] text = "not an image, although the file is called car.png".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ModelImage.of("model_image", text, FIVE_MB))
                .isInstanceOfSatisfying(ImageRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(ImageRefused.Reason.NOT_AN_IMAGE);
                    assertThat(refused.getMessage()).contains("model_image", "PNG, JPEG, GIF or WEBP");
                });
    }

    @Test
    void signaturesMustBeComplete() {
        assertThat(ImageType.of(new byte[]{(byte) 0x89, 'P', 'N', 'G'})).isEmpty();
        assertThat(ImageType.of("RIFF\0\0\0\0WAVE".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ImageType.of("GIF88a".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ImageType.of(new byte[0])).isEmpty();
    }

    @Test
    void atMostTheLimit() {
        assertThat(ModelImage.of("model_image", TestImages.png(1000, 1), 1000).size()).isEqualTo(1000);
        assertThatThrownBy(() -> ModelImage.of("model_image", TestImages.png(1001, 1), 1000))
                .isInstanceOfSatisfying(ImageRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(ImageRefused.Reason.TOO_LARGE);
                    assertThat(refused.getMessage()).contains("at most 1000 bytes");
                });
    }

    @Test
    void namedAndServedByTheSha256OfItsBytes() throws Exception {
        byte[] bytes = TestImages.png(500, 7);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));

        ModelImage image = ModelImage.of("model_image", bytes, FIVE_MB);

        assertThat(image.sha256()).isEqualTo(expected);
        assertThat(image.url()).isEqualTo("/api/public/images/" + expected);
    }
}
