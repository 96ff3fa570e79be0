package dk.kea.cars.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScalingTest {

    @ParameterizedTest
    @MethodSource("dk.kea.cars.helm.ValuesProfile#production")
    void queryServicesAutoscaleOnCpuAndTheAutoscalerOwnsTheirReplicas(ValuesProfile profile) {
        var chart = KeaCarsChart.render(profile);
        assertSoftly(softly -> {
            for (KeaService service : KeaService.queryServices()) {
                var autoscaler = chart.autoscaler(service);
                softly.assertThat(autoscaler).as("%s HorizontalPodAutoscaler", service.key).isPresent();
                autoscaler.ifPresent(hpa -> {
                    var target = hpa.getSpec().getScaleTargetRef();
                    softly.assertThat(target.getApiVersion() + " " + target.getKind() + " " + target.getName())
                            .as("%s scale target", service.key)
                            .isEqualTo("apps/v1 Deployment " + service.objectName());
                    softly.assertThat(hpa.getSpec().getMinReplicas()).as("%s min", service.key)
                            .isGreaterThanOrEqualTo(2);
                    softly.assertThat(hpa.getSpec().getMaxReplicas()).as("%s max", service.key)
                            .isGreaterThanOrEqualTo(hpa.getSpec().getMinReplicas());
                    softly.assertThat(cpuUtilization(hpa)).as("%s CPU target", service.key).isBetween(1, 100);
                });
                softly.assertThat(chart.deployment(service).getSpec().getReplicas())
                        .as("%s replicas left to the autoscaler", service.key).isNull();
            }
        });
    }

    @Test
    void withoutAutoscalingEveryServiceRunsTheConfiguredReplicas() {
        var defaults = KeaCarsChart.render(ValuesProfile.DEFAULTS);
        var production = KeaCarsChart.render(ValuesProfile.PRODUCTION);

        assertSoftly(softly -> {
            for (KeaService service : KeaService.values()) {
                softly.assertThat(defaults.autoscaler(service)).as("%s autoscaler by default", service.key)
                        .isEmpty();
                softly.assertThat(defaults.deployment(service).getSpec().getReplicas()).as(service.key)
                        .isEqualTo(2);
            }
            softly.assertThat(production.autoscaler(KeaService.COMMAND_SIDE)).isEmpty();
            softly.assertThat(production.deployment(KeaService.COMMAND_SIDE).getSpec().getReplicas()).isEqualTo(3);
        });
    }

    private static Integer cpuUtilization(HorizontalPodAutoscaler hpa) {
        return hpa.getSpec().getMetrics().stream().map(MetricSpec::getResource)
                .filter(resource -> resource != null && "cpu".equals(resource.getName()))
                .map(resource -> resource.getTarget().getAverageUtilization())
                .findFirst().orElseThrow(() -> new AssertionError("no CPU metric in " + hpa.getSpec().getMetrics()));
    }
}
