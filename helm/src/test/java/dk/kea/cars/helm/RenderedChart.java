package dk.kea.cars.helm;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.util.List;
import java.util.Optional;

/** The objects {@code helm template} produced, looked up the way the tests need them. */
final class RenderedChart {

    private final List<HasMetadata> objects;

    RenderedChart(List<HasMetadata> objects) {
        this.objects = List.copyOf(objects);
    }

    <T extends HasMetadata> List<T> all(Class<T> kind) {
        return objects.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    <T extends HasMetadata> Optional<T> find(Class<T> kind, String name) {
        return all(kind).stream().filter(object -> object.getMetadata().getName().equals(name)).findFirst();
    }

    <T extends HasMetadata> T get(Class<T> kind, String name) {
        return find(kind, name).orElseThrow(
                () -> new AssertionError("no " + kind.getSimpleName() + " " + name + " rendered"));
    }

    Deployment deployment(KeaService service) {
        return get(Deployment.class, service.objectName());
    }

    /** The service's application container (the pod has no other). */
    Container container(KeaService service) {
        var containers = deployment(service).getSpec().getTemplate().getSpec().getContainers();
        return containers.stream().filter(container -> container.getName().equals(service.key)).findFirst()
                .orElseThrow(() -> new AssertionError("no container " + service.key + " in " + containers));
    }

    Service service(KeaService service) {
        return get(Service.class, service.objectName());
    }

    Optional<HorizontalPodAutoscaler> autoscaler(KeaService service) {
        return find(HorizontalPodAutoscaler.class, service.objectName());
    }

    ContainerEnvironment environment(KeaService service) {
        return ContainerEnvironment.of(container(service), this);
    }

    ConfigMap configMap(String name) {
        return get(ConfigMap.class, name);
    }

    List<HTTPRoute> httpRoutes() {
        return all(HTTPRoute.class);
    }

    List<Ingress> ingresses() {
        return all(Ingress.class);
    }

    /** The number a port reference (a number or the name of a container port) stands for. */
    static int containerPortNumber(Container container, IntOrString port) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return container.getPorts().stream().filter(candidate -> port.getStrVal().equals(candidate.getName()))
                .map(ContainerPort::getContainerPort).findFirst()
                .orElseThrow(() -> new AssertionError(
                        "container " + container.getName() + " has no port named " + port.getStrVal()));
    }
}
