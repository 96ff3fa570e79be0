package dk.kea.cars.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A write that creates what cars refer to answers only once the command side's lookups show it, so a car can use it
 * at once: with the lookups stopped, an accessory is stored but not confirmed (202); a brand, which no car refers
 * to, is confirmed by the read models alone (201).
 */
class CatalogWaitsForLookupsTest {

    @TempDir
    Path data;

    @Test
    void whatCarsReferToWaitsForTheLookupsAndABrandDoesNot() {
        try (ConfigurableApplicationContext app = ReplayFixture.start(data, "demo",
                "--kea.read-your-writes.timeout=1s")) {
            Http http = new Http(app.getEnvironment().getProperty("local.server.port", Integer.class));
            String admin = ReplayFixture.adminToken(http);
            StreamingEventProcessor lookups = ReplayFixture.processor(app, "command-side-lookups");
            lookups.shutDown();

            Http.Response accessory = http.post("/api/accessories").token(admin)
                    .json(Map.of("name", "Roof box", "price", 120.5)).send();
            Http.Response brand = http.post("/api/brands").token(admin)
                    .json(Map.of("name", "Lancia", "logo_url", "https://example.com/lancia.png")).send();

            assertThat(accessory.status()).as(accessory.body()).isEqualTo(202);
            assertThat(brand.status()).as(brand.body()).isEqualTo(201);
            lookups.start();
        }
    }
}
