package dk.kea.cars.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarSource;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What an operator relies on in every rendering of the chart, one test per rule, for every values profile. */
class OperatorRulesTest {

    private static final Pattern SECRET_LOOKING_NAME =
            Pattern.compile("(?i).*(PASSWORD|PASSWD|SECRET|TOKEN|PRIVATE|SIGNING_KEY|CREDENTIAL|MONGODB\\w*URI).*");
    private static final Pattern SECRET_LOOKING_VALUE =
            Pattern.compile("(?is).*(://[^/\\s:@]+:[^/\\s@]+@|-----BEGIN|password=).*");
    private static final String JWKS_PATH = "/api/auth/.well-known/jwks.json";

    @ParameterizedTest
    @EnumSource(ValuesProfile.class)
    void everyServiceIsProbedOnTheActuatorHealthGroupsOfItsManagementPort(ValuesProfile profile) {
        var chart = KeaCarsChart.render(profile);
        assertSoftly(softly -> {
            for (KeaService service : KeaService.values()) {
                var container = chart.container(service);
                var managementPort = Integer.parseInt(chart.environment(service).value("MANAGEMENT_PORT"));
                assertProbe(softly, service, "liveness", container.getLivenessProbe(), container,
                        "/actuator/health/liveness", managementPort);
                assertProbe(softly, service, "readiness", container.getReadinessProbe(), container,
                        "/actuator/health/readiness", managementPort);
                var config = service.applicationConfig();
                softly.assertThat(config.placeholderOf("management.server.port")).as("%s management port", config)
                        .hasValueSatisfying(port -> assertThat(port.variable()).isEqualTo("MANAGEMENT_PORT"));
                softly.assertThat(config.property("management.endpoints.web.exposure.include"))
                        .as("%s exposes health", config).contains("health");
                softly.assertThat(chart.environment(service).value("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED"))
                        .as("%s health groups", service.key).isEqualTo("true");
            }
        });
    }

    private static void assertProbe(SoftAssertions softly, KeaService service, String kind, Probe probe,
            Container container, String path, int managementPort) {
        softly.assertThat(probe).as("%s %s probe", service.key, kind).isNotNull();
        if (probe == null) {
            return;
        }
        softly.assertThat(probe.getHttpGet().getPath()).as("%s %s path", service.key, kind).isEqualTo(path);
        softly.assertThat(RenderedChart.containerPortNumber(container, probe.getHttpGet().getPort()))
                .as("%s %s port", service.key, kind).isEqualTo(managementPort);
    }

    @ParameterizedTest
    @EnumSource(ValuesProfile.class)
    void everyContainerRequestsAndLimitsCpuAndMemory(ValuesProfile profile) {
        var chart = KeaCarsChart.render(profile);
        assertSoftly(softly -> {
            for (Deployment deployment : chart.all(Deployment.class)) {
                for (Container container : allContainers(deployment)) {
                    var resources = container.getResources();
                    var requests = resources.getRequests();
                    var limits = resources.getLimits();
                    String name = deployment.getMetadata().getName() + "/" + container.getName();
                    softly.assertThat(requests).as("%s requests", name).containsKeys("cpu", "memory");
                    softly.assertThat(limits).as("%s limits", name).containsKeys("cpu", "memory");
                    if (requests.containsKey("memory") && limits.containsKey("memory")) {
                        softly.assertThat(amount(limits, "memory")).as("%s memory limit >= request", name)
                                .isGreaterThanOrEqualTo(amount(requests, "memory"));
                    }
                    if (requests.containsKey("cpu") && limits.containsKey("cpu")) {
                        softly.assertThat(amount(limits, "cpu")).as("%s cpu limit >= request", name)
                                .isGreaterThanOrEqualTo(amount(requests, "cpu"));
                    }
                }
            }
        });
    }

    @ParameterizedTest
    @EnumSource(ValuesProfile.class)
    void passwordsTokensKeysAndMongoUrisComeFromSecrets(ValuesProfile profile) {
        var chart = KeaCarsChart.render(profile);
        assertSoftly(softly -> {
            for (KeaService service : KeaService.values()) {
                var environment = chart.environment(service);
                for (String variable : service.secretVariables()) {
                    var secretRef = environment.find(variable).map(EnvVar::getValueFrom)
                            .map(EnvVarSource::getSecretKeyRef).orElse(null);
                    softly.assertThat(secretRef).as("%s %s from a Secret", service.key, variable).isNotNull();
                    if (secretRef != null) {
                        softly.assertThat(secretRef.getName()).as("%s %s Secret", service.key, variable)
                                .isNotBlank();
                        softly.assertThat(secretRef.getKey()).as("%s %s key", service.key, variable).isNotBlank();
                    }
                }
            }
        });
    }

    @ParameterizedTest
    @EnumSource(ValuesProfile.class)
    void noConfigMapOrLiteralVariableHoldsASecret(ValuesProfile profile) {
        var chart = KeaCarsChart.render(profile);
        assertSoftly(softly -> {
            for (ConfigMap configMap : chart.all(ConfigMap.class)) {
                assertNoSecretIn(softly, "ConfigMap " + configMap.getMetadata().getName(), configMap.getData());
            }
            for (Deployment deployment : chart.all(Deployment.class)) {
                for (Container container : allContainers(deployment)) {
                    for (EnvVar variable : container.getEnv()) {
                        if (variable.getValue() != null) {
                            assertNoSecretIn(softly, "env of " + container.getName(),
                                    Map.of(variable.getName(), variable.getValue()));
                        }
                    }
                }
            }
        });
    }

    private static void assertNoSecretIn(SoftAssertions softly, String where, Map<String, String> entries) {
        entries.forEach((key, value) -> {
            softly.assertThat(key).as("%s: secret-looking name", where).doesNotMatch(SECRET_LOOKING_NAME);
            softly.assertThat(value).as("%s: %s has a secret-looking value", where, key)
                    .doesNotMatch(SECRET_LOOKING_VALUE);
        });
    }

    @ParameterizedTest
    @EnumSource(ValuesProfile.class)
    void portIsWhereTheServiceListensAndWhatContainerServiceAndAppAgreeOn(ValuesProfile profile) {
        var chart = KeaCarsChart.render(profile);
        var defaults = KeaCarsChart.render(ValuesProfile.DEFAULTS);
        assertSoftly(softly -> {
            for (KeaService service : KeaService.values()) {
                var container = chart.container(service);
                int port = Integer.parseInt(chart.environment(service).value("PORT"));
                ServicePort servicePort = onlyPort(chart, service);
                softly.assertThat(RenderedChart.containerPortNumber(container, servicePort.getTargetPort()))
                        .as("%s Service targetPort", service.key).isEqualTo(port);
                softly.assertThat(servicePort.getPort()).as("%s Service port", service.key).isEqualTo(port);
                var serverPort = service.applicationConfig().placeholderOf("server.port");
                softly.assertThat(serverPort).as("%s server.port", service.applicationConfig())
                        .hasValueSatisfying(placeholder -> {
                            assertThat(placeholder.variable()).isEqualTo("PORT");
                            assertThat(placeholder.defaultValue()).as("the app's default is the chart's default")
                                    .isEqualTo(String.valueOf(onlyPort(defaults, service).getPort()));
                        });
            }
        });
    }

    private static ServicePort onlyPort(RenderedChart chart, KeaService service) {
        List<ServicePort> ports = chart.service(service).getSpec().getPorts();
        assertThat(ports).as("%s Service exposes the API port only, never the actuator", service.key).hasSize(1);
        return ports.get(0);
    }

    @ParameterizedTest
    @EnumSource(ValuesProfile.class)
    void jwksUriReachesTheAuthQueryServiceOnItsPort(ValuesProfile profile) {
        var chart = KeaCarsChart.render(profile);
        var authQuery = chart.service(KeaService.AUTH_QUERY);
        var expected = "http://" + authQuery.getMetadata().getName() + ":"
                + authQuery.getSpec().getPorts().get(0).getPort() + JWKS_PATH;
        assertSoftly(softly -> {
            for (KeaService service : List.of(KeaService.COMMAND_SIDE, KeaService.QUERY_SIDE)) {
                softly.assertThat(chart.environment(service).value("KEA_JWKS_URI")).as(service.key)
                        .isEqualTo(expected);
                softly.assertThat(service.applicationConfig().placeholderOf("kea.security.jwks-uri"))
                        .hasValueSatisfying(uri -> assertThat(uri.variable()).isEqualTo("KEA_JWKS_URI"));
            }
        });
    }

    @ParameterizedTest
    @EnumSource(ValuesProfile.class)
    void everyInstanceConnectsToAxonServerWithItsOwnClientId(ValuesProfile profile) {
        var chart = KeaCarsChart.render(profile);
        assertSoftly(softly -> {
            for (KeaService service : KeaService.values()) {
                var environment = chart.environment(service);
                var hostname = environment.get("HOSTNAME").getValueFrom();
                softly.assertThat(hostname).as("%s HOSTNAME from the downward API", service.key).isNotNull();
                if (hostname != null) {
                    softly.assertThat(hostname.getFieldRef().getFieldPath()).as("%s HOSTNAME", service.key)
                            .isEqualTo("metadata.name");
                }
                softly.assertThat(service.applicationConfig().placeholderOf("axon.axonserver.client-id"))
                        .as("%s client-id", service.applicationConfig())
                        .hasValueSatisfying(id -> assertThat(id.variable()).isEqualTo("HOSTNAME"));
                softly.assertThat(environment.all()).as("%s overrides the client id", service.key)
                        .doesNotContainKeys("AXON_AXONSERVER_CLIENTID", "AXON_AXONSERVER_CLIENT_ID");
            }
        });
    }

    @ParameterizedTest
    @EnumSource(ValuesProfile.class)
    void axonUpdateCheckerIsOffInEveryContainer(ValuesProfile profile) {
        var chart = KeaCarsChart.render(profile);
        assertSoftly(softly -> {
            for (KeaService service : KeaService.values()) {
                softly.assertThat(chart.environment(service).find("AXONIQ_UPDATE_CHECKER_DISABLED"))
                        .as(service.key).map(EnvVar::getValue).hasValue("true");
            }
        });
    }

    private static List<Container> allContainers(Deployment deployment) {
        var pod = deployment.getSpec().getTemplate().getSpec();
        return Stream.concat(pod.getInitContainers().stream(), pod.getContainers().stream())
                .toList();
    }

    private static BigDecimal amount(Map<String, Quantity> quantities, String resource) {
        return quantities.get(resource).getNumericalAmount();
    }
}
