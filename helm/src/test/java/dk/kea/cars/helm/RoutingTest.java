package dk.kea.cars.helm;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.ParentReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spec §2: one base URL, each request to the service that serves it. */
class RoutingTest {

    private static final String HOST = "cars.example.com";

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "GET,    /api/customers,                          query-side",
        "GET,    /api/customers/42,                       query-side",
        "HEAD,   /api/cars,                               query-side",
        "GET,    /api/purchases/car/7,                    query-side",
        "GET,    /api/publications,                       query-side",
        "POST,   /api/customers,                          command-side",
        "PUT,    /api/employees/7,                        command-side",
        "PATCH,  /api/employees/7/undelete,               command-side",
        "DELETE, /api/cars/7,                             command-side",
        "POST,   /api/models,                             command-side",
        "POST,   /api/auth/login,                         auth-query",
        "POST,   /api/auth/token,                         auth-query",
        "GET,    /api/auth/.well-known/jwks.json,         auth-query",
        "GET,    /api/public/models,                      public-query",
        "GET,    /api/public/brands/3,                    public-query",
        "GET,    /api/public/images/9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08, public-query",
        "GET,    /api/audit/events,                       query-side",
        "GET,    /api/audit/projections,                  query-side",
        "POST,   /api/audit/projections/query-side/replay, query-side",
    })
    void gatewayRouteSendsEachRequestToTheServiceThatServesIt(String method, String path, String serviceKey) {
        var chart = KeaCarsChart.render(ValuesProfile.PRODUCTION);
        assertThat(chart.httpRoutes()).hasSize(1);
        var service = KeaService.byKey(serviceKey);

        var backend = new GatewayRouting(chart.httpRoutes().get(0)).backendFor(method, path);

        assertThat(backend.service()).isEqualTo(service.objectName());
        assertThat(backend.port()).as("the Service's port")
                .isEqualTo(chart.service(service).getSpec().getPorts().get(0).getPort());
    }

    @Test
    void gatewayRouteServesTheOperatorsHostThroughTheirGateway() {
        var route = KeaCarsChart.render(ValuesProfile.PRODUCTION).httpRoutes().get(0);

        assertThat(route.getSpec().getHostnames()).containsExactly(HOST);
        assertThat(route.getSpec().getParentRefs()).extracting(ParentReference::getName)
                .containsExactly("public-gateway");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "/api/auth/login,                 auth-query",
        "/api/auth/.well-known/jwks.json, auth-query",
        "/api/public/models,              public-query",
        "/api/public/images/9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08, public-query",
        "/api/audit/events,               query-side",
        "/api/publications,               query-side",
        "/api/customers,                  query-side",
    })
    void plainIngressRoutesByPathOnlyAndSendsTheRestOfApiToItsApiBackend(String path, String serviceKey) {
        var chart = KeaCarsChart.render(ValuesProfile.PRODUCTION_BEHIND_INGRESS);
        assertThat(chart.ingresses()).hasSize(1);
        assertThat(chart.httpRoutes()).isEmpty();
        var service = KeaService.byKey(serviceKey);

        var backend = new IngressRouting(chart.ingresses().get(0)).backendFor(HOST, path);

        assertThat(backend.service()).isEqualTo(service.objectName());
        assertThat(chart.service(service).getSpec().getPorts()).extracting(ServicePort::getName)
                .contains(backend.portName());
    }

    @Test
    void plainIngressTerminatesTlsForTheOperatorsHost() {
        var ingress = KeaCarsChart.render(ValuesProfile.PRODUCTION_BEHIND_INGRESS).ingresses().get(0);

        assertThat(ingress.getSpec().getIngressClassName()).isEqualTo("nginx");
        assertThat(ingress.getSpec().getRules()).allSatisfy(rule -> assertThat(rule.getHost()).isEqualTo(HOST));
        assertThat(ingress.getSpec().getTls()).singleElement()
                .satisfies(tls -> assertThat(tls.getHosts()).containsExactly(HOST));
    }
}
