package dk.kea.cars.helm;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChartRendersTest {

    @ParameterizedTest
    @EnumSource(ValuesProfile.class)
    void lintsWithoutWarningsOrErrors(ValuesProfile profile) {
        var lint = KeaCarsChart.lint(profile);

        assertThat(lint.getMessages()).noneMatch(message -> message.contains("[WARNING]"))
                .noneMatch(message -> message.contains("[ERROR]"));
        assertThat(lint.isFailed()).as("lint failed: %s", lint.getMessages()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(ValuesProfile.class)
    void rendersADeploymentServiceAndConfigMapPerService(ValuesProfile profile) {
        var chart = KeaCarsChart.render(profile);

        var names = Arrays.stream(KeaService.values()).map(KeaService::objectName).toList();
        assertThat(chart.all(Deployment.class)).extracting(d -> d.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(names);
        assertThat(chart.all(Service.class)).extracting(s -> s.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(names);
        assertThat(chart.all(ConfigMap.class)).extracting(c -> c.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(names.stream().map(name -> name + "-env").toList());
    }
}
