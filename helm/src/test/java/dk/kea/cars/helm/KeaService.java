package dk.kea.cars.helm;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The four services the chart deploys, with what the tests know about each from outside the chart. */
enum KeaService {
    COMMAND_SIDE("command-side", false,
            Set.of("SPRING_DATASOURCE_PASSWORD", "SPRING_FLYWAY_PASSWORD", "KEA_BOOTSTRAP_ADMIN_PASSWORD",
                    "KEA_IMAGES_MONGODB_URI")),
    QUERY_SIDE("query-side", true,
            Set.of("SPRING_DATASOURCE_PASSWORD", "SPRING_FLYWAY_PASSWORD")),
    AUTH_QUERY("auth-query", true,
            Set.of("SPRING_MONGODB_URI", "KEA_AUTH_SIGNING_KEY", "KEA_AUTH_PREVIOUS_SIGNING_KEY")),
    PUBLIC_QUERY("public-query", true,
            Set.of("SPRING_MONGODB_URI", "KEA_PUBLIC_MONGODB_READER_URI"));

    /** Every service connects to Axon Server with its access-control token. */
    static final String AXON_SERVER_TOKEN = "AXON_AXONSERVER_TOKEN";

    final String key;
    final boolean queryService;
    private final Set<String> ownSecrets;

    KeaService(String key, boolean queryService, Set<String> ownSecrets) {
        this.key = key;
        this.queryService = queryService;
        this.ownSecrets = ownSecrets;
    }

    /** The name of its Deployment, Service and HorizontalPodAutoscaler. */
    String objectName() {
        return KeaCarsChart.RELEASE + "-" + key;
    }

    /** Variables that carry a password, token, key or credentials and so must come from a Secret. */
    Set<String> secretVariables() {
        var all = new HashSet<>(ownSecrets);
        all.add(AXON_SERVER_TOKEN);
        return all;
    }

    ApplicationConfig applicationConfig() {
        return ApplicationConfig.read(Path.of("..", key, "src", "main", "resources", "application.yml"));
    }

    static List<KeaService> queryServices() {
        return Arrays.stream(values()).filter(service -> service.queryService).toList();
    }

    static KeaService byKey(String key) {
        return Arrays.stream(values()).filter(service -> service.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + key));
    }
}
