package dk.kea.cars.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Prometheus reaches every pod's metrics on the management port, the one port that serves them (README, Metrics),
 * through the pods' scrape annotations and, when enabled, a PodMonitor per service; and every service logs JSON
 * lines unless told otherwise (README, Logs).
 */
class MetricsAndLogsTest {

    private static final String PROMETHEUS_PATH = "/actuator/prometheus";

    @ParameterizedTest
    @EnumSource(ValuesProfile.class)
    void everyPodIsAnnotatedForScrapingOnTheManagementPortWhereTheServiceServesPrometheus(ValuesProfile profile) {
        var chart = KeaCarsChart.render(profile);
        assertSoftly(softly -> {
            for (KeaService service : KeaService.values()) {
                var annotations = chart.deployment(service).getSpec().getTemplate().getMetadata().getAnnotations();
                var managementPort = chart.environment(service).value("MANAGEMENT_PORT");
                softly.assertThat(annotations).as(service.key)
                        .containsEntry("prometheus.io/scrape", "true")
                        .containsEntry("prometheus.io/path", PROMETHEUS_PATH)
                        .containsEntry("prometheus.io/port", managementPort);
                softly.assertThat(managementContainerPort(chart, service)).as(service.key)
                        .isEqualTo(Integer.parseInt(managementPort));
                softly.assertThat(service.applicationConfig().property("management.endpoints.web.exposure.include"))
                        .as("%s exposes prometheus", service.key).contains("prometheus");
            }
        });
    }

    @ParameterizedTest
    @MethodSource("dk.kea.cars.helm.ValuesProfile#production")
    void aPodMonitorPerServiceScrapesItsPodsOnTheManagementPort(ValuesProfile profile) {
        var chart = KeaCarsChart.render(profile);
        assertThat(podMonitors(chart)).hasSize(KeaService.values().length);
        assertSoftly(softly -> {
            for (KeaService service : KeaService.values()) {
                var monitor = podMonitors(chart).stream()
                        .filter(candidate -> candidate.getMetadata().getName().equals(service.objectName()))
                        .findFirst().orElseThrow(() -> new AssertionError("no PodMonitor for " + service.key));
                var spec = map(monitor.getAdditionalProperties().get("spec"));
                var podLabels = chart.deployment(service).getSpec().getTemplate().getMetadata().getLabels();
                softly.assertThat(podLabels).as("%s pods selected", service.key)
                        .containsAllEntriesOf(stringMap(map(spec.get("selector")).get("matchLabels")));
                softly.assertThat(chart.deployment(service).getSpec().getSelector().getMatchLabels())
                        .as("%s selects its own pods only", service.key)
                        .isEqualTo(stringMap(map(spec.get("selector")).get("matchLabels")));
                var endpoint = map(((List<?>) spec.get("podMetricsEndpoints")).get(0));
                softly.assertThat(endpoint).as(service.key).containsEntry("port", "management")
                        .containsEntry("path", PROMETHEUS_PATH).containsEntry("interval", "15s");
                softly.assertThat(monitor.getMetadata().getLabels()).as(service.key)
                        .containsEntry("release", "prometheus");
            }
        });
    }

    @ParameterizedTest
    @EnumSource(value = ValuesProfile.class, names = "DEFAULTS")
    void noPodMonitorUnlessEnabled(ValuesProfile profile) {
        assertThat(podMonitors(KeaCarsChart.render(profile))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ValuesProfile.class)
    void everyServiceLogsEcsJsonLinesUnlessKeaLogFormatSaysOtherwise(ValuesProfile profile) {
        var chart = KeaCarsChart.render(profile);
        assertSoftly(softly -> {
            for (KeaService service : KeaService.values()) {
                softly.assertThat(service.applicationConfig().placeholderOf("logging.structured.format.console"))
                        .as(service.key).hasValueSatisfying(format -> {
                            assertThat(format.variable()).isEqualTo("KEA_LOG_FORMAT");
                            assertThat(format.defaultValue()).isEqualTo("ecs");
                        });
                softly.assertThat(chart.environment(service).all()).as("%s keeps the JSON default", service.key)
                        .doesNotContainKeys("KEA_LOG_FORMAT", "LOGGING_STRUCTURED_FORMAT_CONSOLE");
            }
        });
    }

    private static int managementContainerPort(RenderedChart chart, KeaService service) {
        return chart.container(service).getPorts().stream().filter(port -> "management".equals(port.getName()))
                .findFirst().orElseThrow(() -> new AssertionError(service.key + " has no management port"))
                .getContainerPort();
    }

    private static List<GenericKubernetesResource> podMonitors(RenderedChart chart) {
        return chart.all(GenericKubernetesResource.class).stream()
                .filter(resource -> "PodMonitor".equals(resource.getKind())
                        && "monitoring.coreos.com/v1".equals(resource.getApiVersion()))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static Map<String, String> stringMap(Object value) {
        Map<String, String> strings = new java.util.HashMap<>();
        map(value).forEach((key, entry) -> strings.put(key, String.valueOf(entry)));
        return strings;
    }
}
