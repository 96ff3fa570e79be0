package dk.kea.cars.api.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void typesLiveInOneNamespaceAndReasonPhrasesBecomeSlugs() {
        assertThat(Problems.type("cors-refused")).hasToString("urn:kea-cars:problem:cors-refused");
        assertThat(Problems.typeOfReason("Unprocessable Content"))
                .hasToString("urn:kea-cars:problem:unprocessable-content");
    }

    @Test
    void aBodyHasTheMembersInRfcOrderAndLeavesOutAMissingInstance() {
        assertThat(Problems.body("bad-request", "Bad Request", 400, "No.", null))
                .containsExactly(
                        java.util.Map.entry("type", "urn:kea-cars:problem:bad-request"),
                        java.util.Map.entry("title", "Bad Request"),
                        java.util.Map.entry("status", 400),
                        java.util.Map.entry("detail", "No."));
        assertThat(Problems.body("not-found", "Not Found", 404, "Gone.", "/api/cars/1"))
                .containsEntry("instance", "/api/cars/1");
    }

    @Test
    void aProblemKnownOnlyByItsStatusCarriesTheCorrelationIdAndNoInstance() {
        assertThat(Problems.ofStatus(405, "Method Not Allowed", "req-1"))
                .containsEntry("type", "urn:kea-cars:problem:method-not-allowed")
                .containsEntry("status", 405)
                .containsEntry("correlation_id", "req-1")
                .doesNotContainKey("instance");
        assertThat(Problems.ofStatus(500, "Internal Server Error", "req-2").get("detail").toString())
                .contains("req-2");
    }
}
