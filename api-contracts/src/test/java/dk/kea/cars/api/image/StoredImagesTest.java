package dk.kea.cars.api.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StoredImagesTest {

    private static final String HASH = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @Test
    void anImageIsServedAtThePublicPathOfItsHash() {
        assertThat(StoredImages.url(HASH)).isEqualTo("/api/public/images/" + HASH);
        assertThat(StoredImages.isUrl("/api/public/images/" + HASH)).isTrue();
    }

    @Test
    void onlyLowerCaseSha256HexIsAHash() {
        assertThat(StoredImages.isHash(HASH)).isTrue();
        assertThat(StoredImages.isHash(HASH.toUpperCase())).isFalse();
        assertThat(StoredImages.isHash(HASH.substring(1))).isFalse();
        assertThat(StoredImages.isHash(HASH + "0")).isFalse();
        assertThat(StoredImages.isHash(null)).isFalse();
        assertThatThrownBy(() -> StoredImages.url("../etc")).isInstanceOf(IllegalArgumentException.class);
        assertThat(StoredImages.isUrl("https://example.com/" + HASH)).isFalse();
    }
}
