package dk.kea.cars.standalone;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

class MetricsHttpTest extends StandaloneTest {

    @Autowired
    ApplicationContext context;

    @Test
    void explore() throws Exception {
        String manager = tokenOf(MANAGER);
        http.post("/api/insurances").token(manager).json(Map.of("name", "Cover " + Names.randomWord(), "price", 3)).send();
        http.get("/api/insurances").token(manager).send();
        StringBuilder out = new StringBuilder();
        for (String name : context.getBeanNamesForType(io.micrometer.core.instrument.MeterRegistry.class)) {
            out.append("registry ").append(name).append(' ').append(context.getBean(name).getClass()).append('\n');
        }
        for (String name : context.getBeanNamesForType(org.axonframework.micrometer.GlobalMetricRegistry.class)) {
            var g = (org.axonframework.micrometer.GlobalMetricRegistry) context.getBean(name);
            out.append("global ").append(name).append(' ').append(g.getRegistry().getClass()).append('\n');
        }
        out.append(Arrays.toString(context.getBeanNamesForType(org.axonframework.micrometer.MetricsConfigurerModule.class)));
        Files.writeString(Path.of("/tmp/explore/beans.txt"), out);
        Files.writeString(Path.of("/tmp/explore/prometheus.txt"), http.get("/actuator/prometheus").send().body());
    }
}
