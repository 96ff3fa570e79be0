package dk.kea.cars.publicquery;

import org.junit.jupiter.api.Test;

class PublicContextSmokeTest extends PublicQueryTestBase {

    @Test
    void starts() {
    }
}
