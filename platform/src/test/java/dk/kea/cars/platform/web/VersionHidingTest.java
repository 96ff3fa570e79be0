package dk.kea.cars.platform.web;

import dk.kea.cars.api.common.VersionedView;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Views go out without their version (it is the ETag) and without a plain deleted flag. */
class VersionHidingTest {

    record CarView(String id, boolean deleted, long version) implements VersionedView {
    }

    @Test
    void theWebMapperLeavesVersionAndDeletedOut() {
        JsonMapper.Builder builder = JsonMapper.builder();
        new WebJsonAutoConfiguration().keaVersionHiding().customize(builder);

        String json = builder.build().writeValueAsString(new CarView("car-1", false, 7));

        assertThat(json).isEqualTo("{\"id\":\"car-1\"}");
    }
}
