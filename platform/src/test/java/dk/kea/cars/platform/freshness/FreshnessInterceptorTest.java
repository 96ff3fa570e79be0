package dk.kea.cars.platform.freshness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The headers of a read from a read model, the wait for a position, its timeout problem and the refusal of a
 * malformed header, on the requests a service declared as reads of that read model only.
 */
class FreshnessInterceptorTest {

    /** Stands for a controller of the service: its package is the one declared. */
    static class ThingController {
        public String things() {
            return "[]";
        }
    }

    private volatile List<TrackingToken> stored = List.of(new GlobalSequenceTrackingToken(40),
            new GlobalSequenceTrackingToken(42));
    private final ReadModelFreshness freshness = new ReadModelFreshness(name -> new InMemoryTokenStore(),
            List.of((processor, store) -> Optional.of(stored)), CommittedGaps.ASSUME_ALL,
            new EventStoreHead(() -> new GlobalSequenceTrackingToken(42)), Duration.ZERO);
    private final FreshnessInterceptor interceptor = new FreshnessInterceptor(
            List.of(ReadModelReads.gets("things", "dk.kea.cars.platform.freshness")), freshness,
            Duration.ofMillis(100));

    private static HandlerMethod thingsHandler() throws NoSuchMethodException {
        return new HandlerMethod(new ThingController(), ThingController.class.getMethod("things"));
    }

    private static MockHttpServletRequest get(String... minPositions) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/things");
        for (String position : minPositions) {
            request.addHeader("X-Read-Model-Min-Position", position);
        }
        return request;
    }

    @Test
    void aReadCarriesThePositionAndTheLag() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        boolean proceeds = interceptor.preHandle(get(), response, thingsHandler());

        assertThat(proceeds).isTrue();
        assertThat(response.getHeader("X-Read-Model-Position")).isEqualTo("40");
        assertThat(response.getHeader("X-Read-Model-Lag")).isEqualTo("2");
    }

    @Test
    void aReadForAReachedPositionAnswersAsUsual() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        boolean proceeds = interceptor.preHandle(get("40"), response, thingsHandler());

        assertThat(proceeds).isTrue();
        assertThat(response.getHeader("X-Read-Model-Position")).isEqualTo("40");
    }

    @Test
    void aPositionNotReachedInTimeIsA503ProblemWithRetryAfter() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        boolean proceeds = interceptor.preHandle(get("41"), response, thingsHandler());

        assertThat(proceeds).isFalse();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("1");
        assertThat(response.getHeader("X-Read-Model-Position")).isEqualTo("40");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = JsonMapper.shared().readTree(response.getContentAsString());
        assertThat(problem.get("type").asString()).isEqualTo("urn:kea-cars:problem:read-model-behind");
        assertThat(problem.get("detail").asString()).contains("'things'", "41", "40");
    }

    @Test
    void malformedPositionsAreA400ProblemThatDoesNotEchoThem() throws Exception {
        for (String[] malformed : List.of(new String[]{"abc"}, new String[]{"-1"}, new String[]{"1.5"},
                new String[]{""}, new String[]{"99999999999999999999"}, new String[]{"1", "2"})) {
            MockHttpServletResponse response = new MockHttpServletResponse();

            boolean proceeds = interceptor.preHandle(get(malformed), response, thingsHandler());

            assertThat(proceeds).as(String.join(",", malformed)).isFalse();
            assertThat(response.getStatus()).isEqualTo(400);
            JsonNode problem = JsonMapper.shared().readTree(response.getContentAsString());
            assertThat(problem.get("detail").asString()).isEqualTo(FreshnessInterceptor.MALFORMED_DETAIL);
        }
    }

    @Test
    void requestsOutsideTheDeclaredReadsAreLeftAlone() throws Exception {
        MockHttpServletResponse post = new MockHttpServletResponse();
        MockHttpServletResponse elsewhere = new MockHttpServletResponse();
        MockHttpServletRequest write = new MockHttpServletRequest("POST", "/api/things");
        write.addHeader("X-Read-Model-Min-Position", "abc");

        assertThat(interceptor.preHandle(write, post, thingsHandler())).isTrue();
        assertThat(interceptor.preHandle(get("abc"), elsewhere,
                new HandlerMethod(new StringBuilder(), StringBuilder.class.getMethod("toString")))).isTrue();
        assertThat(post.getHeaderNames()).isEmpty();
        assertThat(elsewhere.getHeaderNames()).isEmpty();
    }

    @Test
    void theDeclaredReadsAreTheirPackageAndMethodsButNotTheExcludedPackages() {
        ReadModelReads reads = ReadModelReads.gets("things", "java.util").except("java.util.concurrent");

        assertThat(reads.covers(java.util.List.class, "GET")).isTrue();
        assertThat(reads.covers(java.util.List.class, "HEAD")).isTrue();
        assertThat(reads.covers(java.util.function.Function.class, "GET")).isTrue();
        assertThat(reads.covers(java.util.List.class, "POST")).isFalse();
        assertThat(reads.covers(java.util.concurrent.Future.class, "GET")).isFalse();
        assertThat(reads.covers(java.util.concurrent.atomic.AtomicLong.class, "GET")).isFalse();
        assertThat(reads.covers(java.util.logging.Logger.class, "GET")).isTrue();
        assertThat(reads.covers(java.lang.String.class, "GET")).isFalse();
        assertThat(ReadModelReads.gets("things", "java.util").covers(java.util.concurrent.Future.class, "GET"))
                .isTrue();
    }
}
