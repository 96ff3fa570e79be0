package dk.kea.cars.helm;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The variables a container really starts with: its ConfigMaps and Secrets from envFrom first, then its own env
 * entries, which win (as in Kubernetes).
 */
final class ContainerEnvironment {

    private final String container;
    private final Map<String, EnvVar> variables;

    private ContainerEnvironment(String container, Map<String, EnvVar> variables) {
        this.container = container;
        this.variables = variables;
    }

    static ContainerEnvironment of(Container container, RenderedChart chart) {
        var variables = new LinkedHashMap<String, EnvVar>();
        for (EnvFromSource source : container.getEnvFrom()) {
            addConfigMap(source, chart, variables);
        }
        container.getEnv().forEach(variable -> variables.put(variable.getName(), variable));
        return new ContainerEnvironment(container.getName(), variables);
    }

    private static void addConfigMap(EnvFromSource source, RenderedChart chart, Map<String, EnvVar> variables) {
        if (source.getConfigMapRef() == null) {
            return;
        }
        var prefix = source.getPrefix() == null ? "" : source.getPrefix();
        chart.configMap(source.getConfigMapRef().getName()).getData()
                .forEach((key, value) -> variables.put(prefix + key, new EnvVar(prefix + key, value, null)));
    }

    Optional<EnvVar> find(String name) {
        return Optional.ofNullable(variables.get(name));
    }

    EnvVar get(String name) {
        return find(name).orElseThrow(() -> new AssertionError(container + " has no variable " + name));
    }

    /** The literal value of a variable, failing when it is unset or taken from elsewhere. */
    String value(String name) {
        var variable = get(name);
        if (variable.getValue() == null) {
            throw new AssertionError(container + " takes " + name + " from " + variable.getValueFrom()
                    + ", not a literal value");
        }
        return variable.getValue();
    }

    Map<String, EnvVar> all() {
        return variables;
    }

    @Override
    public String toString() {
        return container + " " + variables.keySet();
    }
}
