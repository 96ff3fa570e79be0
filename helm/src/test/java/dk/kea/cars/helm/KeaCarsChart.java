package dk.kea.cars.helm;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * helm/kea-cars, linted and rendered by the Helm library inside this JVM (helm-java and its native part): no helm
 * binary and no cluster. Each profile works on its own copy under target/chart-under-test, and the rendered
 * manifests are kept in target/rendered for a look after a failure.
 */
final class KeaCarsChart {

    static final String RELEASE = "kea-cars";
    static final String NAMESPACE = "kea-cars";
    static final Path SOURCE = Path.of("kea-cars");

    private static final Path WORK = Path.of("target");
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Map<ValuesProfile, RenderedChart> RENDERED = new ConcurrentHashMap<>();

    private KeaCarsChart() {
    }

    /** {@code helm lint --strict} of the chart with the profile's values merged in, as {@code -f} would. */
    static LintResult lint(ValuesProfile profile) {
        var chart = copyOf(profile, "lint");
        writeValues(chart, mergedValues(profile));
        return new Helm(chart).lint().strict().call();
    }

    /** {@code helm template} of the chart with the profile's values files, parsed once per profile. */
    static RenderedChart render(ValuesProfile profile) {
        return RENDERED.computeIfAbsent(profile, KeaCarsChart::template);
    }

    private static RenderedChart template(ValuesProfile profile) {
        var command = new Helm(copyOf(profile, "template")).template().withName(RELEASE).withNamespace(NAMESPACE);
        profile.overlayFiles().forEach(command::withValuesFile);
        String manifests = command.call();
        keep(profile, manifests);
        List<HasMetadata> objects = new KubernetesSerialization().unmarshal(manifests);
        return new RenderedChart(objects);
    }

    private static Path copyOf(ValuesProfile profile, String purpose) {
        var copy = WORK.resolve("chart-under-test").resolve(purpose + "-" + profile.name().toLowerCase())
                .resolve(SOURCE.getFileName());
        deleteRecursively(copy);
        copyRecursively(SOURCE, copy);
        withoutKubeVersionConstraint(copy.resolve("Chart.yaml"));
        return copy;
    }

    /**
     * The library renders for its built-in Kubernetes 1.20.0 (a helm binary gets its version at build time, the
     * native library does not) and 0.0.15 has no --kube-version, so the chart's own constraint would refuse it.
     */
    private static void withoutKubeVersionConstraint(Path chartYaml) {
        var text = read(chartYaml);
        write(chartYaml, text.replaceAll("(?m)^kubeVersion:.*\\R", ""));
    }

    private static Map<String, Object> mergedValues(ValuesProfile profile) {
        Map<String, Object> values = readYaml(SOURCE.resolve("values.yaml"));
        for (Path overlay : profile.overlayFiles()) {
            values = ValuesMerge.overlay(values, readYaml(overlay));
        }
        return values;
    }

    private static void writeValues(Path chart, Map<String, Object> values) {
        YAML.writeValue(chart.resolve("values.yaml").toFile(), values);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readYaml(Path file) {
        return YAML.readValue(file.toFile(), Map.class);
    }

    private static void keep(ValuesProfile profile, String manifests) {
        var file = WORK.resolve("rendered").resolve(profile.name().toLowerCase() + ".yaml");
        createDirectories(file.getParent());
        write(file, manifests);
    }

    private static void copyRecursively(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(file -> {
                var target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    createDirectories(target);
                } else {
                    copy(file, target);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(KeaCarsChart::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path file, Path target) {
        try {
            Files.copy(file, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
