package dk.kea.cars.standalone;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator alerts on is on {@code /actuator/prometheus} (README, Metrics): Axon's command, query and
 * event-processor metrics, dimensional (one name per kind, the processor and payload type as labels), and the
 * project's own read-your-writes, login and write-rate counters, moved by the traffic that causes them.
 */
class MetricsHttpTest extends StandaloneTest {

    private static final List<String> PROCESSORS =
            List.of("query-side", "public-query", "auth-query", "command-side-lookups");
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    record Sample(String name, Map<String, String> labels, double value) {
    }

    @Test
    void axonsAndTheProjectsMetricsAreScrapedAfterTraffic() {
        String manager = tokenOf(MANAGER);
        List<Sample> before = scrape();

        Http.Response created = http.post("/api/insurances").token(manager)
                .json(Map.of("name", "Cover " + Names.randomWord(), "price", 3)).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(throttledLogin()).as("a guesser is throttled").isTrue();
        List<Sample> after = scrape();

        assertThat(total(after, "kea_read_your_writes_total", "outcome", "confirmed"))
                .isGreaterThan(total(before, "kea_read_your_writes_total", "outcome", "confirmed"));
        assertThat(find(after, "kea_read_your_writes_total", "outcome", "unconfirmed")).isPresent();
        assertThat(total(after, "kea_auth_logins_total", "outcome", "throttled"))
                .isGreaterThan(total(before, "kea_auth_logins_total", "outcome", "throttled"));
        assertThat(total(after, "kea_auth_logins_total", "outcome", "failed"))
                .isGreaterThan(total(before, "kea_auth_logins_total", "outcome", "failed"));
        assertThat(find(after, "kea_auth_logins_total", "outcome", "succeeded")).isPresent();
        assertThat(find(after, "kea_write_rate_refused_total", null, null)).isPresent();

        assertThat(total(after, "commandBus_successCounter_total", "payloadType", "CreateInsurance"))
                .isGreaterThan(total(before, "commandBus_successCounter_total", "payloadType", "CreateInsurance"));
        assertThat(find(after, "queryBus_successCounter_total", null, null)).isPresent();
        for (String processor : PROCESSORS) {
            assertThat(find(after, "eventProcessor_latency", "processorName", processor)).as(processor).isPresent();
            assertThat(find(after, "eventProcessor_capacity", "processorName", processor)).as(processor).isPresent();
        }
        assertThat(total(after, "eventProcessor_successCounter_total", "processorName", "query-side"))
                .isGreaterThan(total(before, "eventProcessor_successCounter_total", "processorName", "query-side"));
        assertThat(after).as("dimensional: no metric name per processor")
                .noneMatch(sample -> sample.name().startsWith("query_side_"));
    }

    /** Wrong passwords for one email from one address until the throttle refuses (429). */
    private boolean throttledLogin() {
        String email = Names.randomWord().toLowerCase() + "@guessing.example";
        for (int attempt = 0; attempt < 12; attempt++) {
            Http.Response response = http.post("/api/auth/login").header("X-Forwarded-For", "203.0.113.77")
                    .json(Map.of("email", email, "password", "Not-The-Password-" + attempt)).send();
            if (response.status() == 429) {
                return true;
            }
        }
        return false;
    }

    private List<Sample> scrape() {
        Http.Response response = http.get("/actuator/prometheus").send();
        assertThat(response.status()).isEqualTo(200);
        List<Sample> samples = new ArrayList<>();
        for (String line : response.body().split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (!line.startsWith("#") && sample.matches()) {
                samples.add(new Sample(sample.group(1), labels(sample.group(2)), Double.parseDouble(sample.group(3))));
            }
        }
        return samples;
    }

    private static Map<String, String> labels(String text) {
        Map<String, String> labels = new java.util.HashMap<>();
        if (text != null) {
            Matcher label = LABEL.matcher(text);
            while (label.find()) {
                labels.put(label.group(1), label.group(2));
            }
        }
        return labels;
    }

    /** The first sample of the name with that label (any labels when {@code label} is null). */
    private static OptionalDouble find(List<Sample> samples, String name, String label, String value) {
        return samples.stream().filter(sample -> matches(sample, name, label, value))
                .mapToDouble(Sample::value).findFirst();
    }

    /** The sum of the samples of the name with that label; 0 when there is none. */
    private static double total(List<Sample> samples, String name, String label, String value) {
        return samples.stream().filter(sample -> matches(sample, name, label, value)).mapToDouble(Sample::value).sum();
    }

    private static boolean matches(Sample sample, String name, String label, String value) {
        return sample.name().equals(name) && (label == null || value.equals(sample.labels().get(label)));
    }
}
