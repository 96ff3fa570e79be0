package dk.kea.cars.helm;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The chart does not install Axon Server: axon-server/k8s/axonserver-statefulset.yaml does, and the chart's
 * defaults point at it. Its event store must outlive the pod, on a volume claimed per replica.
 */
class AxonServerStatefulSetTest {

    private static final Path MANIFEST = Path.of("..", "axon-server", "k8s", "axonserver-statefulset.yaml");
    private static final Path PROPERTIES = Path.of("..", "axon-server", "axonserver.properties");

    @ParameterizedTest
    @ValueSource(strings = {
        "axoniq.axonserver.event.storage",
        "axoniq.axonserver.snapshot.storage",
        "axoniq.axonserver.controldb-path"})
    void whatAxonServerStoresLivesOnAPersistentVolumeClaim(String storageProperty) throws IOException {
        var statefulSet = only(StatefulSet.class);
        var path = axonServerProperties().getProperty(storageProperty);
        assertThat(path).as("%s in %s", storageProperty, PROPERTIES).isNotBlank();

        var mount = mountHolding(axonServer(statefulSet), path);
        var claim = statefulSet.getSpec().getVolumeClaimTemplates().stream()
                .filter(template -> template.getMetadata().getName().equals(mount.getName())).findFirst();

        assertThat(claim).as("volumeClaimTemplate for %s (%s)", storageProperty, path)
                .hasValueSatisfying(AxonServerStatefulSetTest::claimsStorageForOnePod);
    }

    @Test
    void theChartsDefaultsReachItsServiceWithItsToken() throws IOException {
        var service = only(Service.class);
        var grpcPort = service.getSpec().getPorts().stream().filter(port -> "grpc".equals(port.getName()))
                .findFirst().orElseThrow().getPort();
        var tokenRef = axonServer(only(StatefulSet.class)).getEnv().stream()
                .filter(variable -> variable.getName().equals("AXONSERVER_TOKEN")).findFirst().orElseThrow()
                .getValueFrom().getSecretKeyRef();
        var commandSide = KeaCarsChart.render(ValuesProfile.DEFAULTS).environment(KeaService.COMMAND_SIDE);

        assertThat(commandSide.value("AXON_SERVERS")).isEqualTo(service.getMetadata().getName() + ":" + grpcPort);
        var chartToken = commandSide.get(KeaService.AXON_SERVER_TOKEN).getValueFrom().getSecretKeyRef();
        assertThat(chartToken.getName()).isEqualTo(tokenRef.getName());
        assertThat(chartToken.getKey()).isEqualTo(tokenRef.getKey());
    }

    private static void claimsStorageForOnePod(PersistentVolumeClaim claim) {
        assertThat(claim.getSpec().getAccessModes()).containsExactly("ReadWriteOnce");
        assertThat(claim.getSpec().getResources().getRequests()).containsKey("storage");
    }

    private static VolumeMount mountHolding(Container container, String path) {
        return container.getVolumeMounts().stream()
                .filter(mount -> path.equals(mount.getMountPath()) || path.startsWith(mount.getMountPath() + "/"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("nothing is mounted at " + path + " in " + container.getName()));
    }

    private static Container axonServer(StatefulSet statefulSet) {
        return statefulSet.getSpec().getTemplate().getSpec().getContainers().stream()
                .filter(container -> container.getName().equals("axonserver")).findFirst().orElseThrow();
    }

    private static <T extends HasMetadata> T only(Class<T> kind) throws IOException {
        List<HasMetadata> objects = new KubernetesSerialization().unmarshal(Files.readString(MANIFEST));
        var ofKind = objects.stream().filter(kind::isInstance).map(kind::cast).toList();
        assertThat(ofKind).as("%s in %s", kind.getSimpleName(), MANIFEST).hasSize(1);
        return ofKind.get(0);
    }

    private static Properties axonServerProperties() throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(PROPERTIES)) {
            properties.load(reader);
        }
        return properties;
    }
}
