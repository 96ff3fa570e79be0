package dk.kea.cars.api.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CorrelationIdsTest {

    @Test
    void aPlainClientIdIsKept() {
        assertThat(CorrelationIds.acceptOrNew("trace-1.span_2")).isEqualTo("trace-1.span_2");
    }

    @Test
    void aMissingOrUnsafeIdIsReplacedByANewUuid() {
        for (String unsafe : new String[]{null, "", "a b", "<script>", "line\nbreak", "x".repeat(65)}) {
            assertThat(CorrelationIds.acceptOrNew(unsafe)).as(String.valueOf(unsafe))
                    .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        }
    }
}
