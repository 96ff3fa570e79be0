package dk.kea.cars.helm;

import static org.assertj.core.api.SoftAssertions.assertSoftly;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarSource;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The operator's own names and addresses reach the pods, not the chart's defaults. */
class ProductionValuesTest {

    @ParameterizedTest
    @MethodSource("dk.kea.cars.helm.ValuesProfile#production")
    void everySecretReferenceNamesTheOperatorsSecret(ValuesProfile profile) {
        var chart = KeaCarsChart.render(profile);
        assertSoftly(softly -> {
            for (KeaService service : KeaService.values()) {
                chart.environment(service).all().values().stream()
                        .map(EnvVar::getValueFrom).filter(Objects::nonNull)
                        .map(EnvVarSource::getSecretKeyRef).filter(Objects::nonNull)
                        .forEach(ref -> softly.assertThat(ref.getName()).as(service.key).startsWith("prod-"));
            }
        });
    }

    @ParameterizedTest
    @MethodSource("dk.kea.cars.helm.ValuesProfile#production")
    void everyServiceReachesTheOperatorsAxonServer(ValuesProfile profile) {
        var chart = KeaCarsChart.render(profile);
        assertSoftly(softly -> {
            for (KeaService service : KeaService.values()) {
                var environment = chart.environment(service);
                softly.assertThat(environment.value("AXON_SERVERS")).as(service.key)
                        .isEqualTo("axonserver-0.axonserver.axon.svc:8124");
                softly.assertThat(environment.value("AXON_AXONSERVER_CONTEXT")).as(service.key)
                        .isEqualTo("kea-cars");
                var token = environment.get(KeaService.AXON_SERVER_TOKEN).getValueFrom().getSecretKeyRef();
                softly.assertThat(token.getName() + "/" + token.getKey()).as(service.key)
                        .isEqualTo("prod-axonserver/application-token");
            }
        });
    }
}
