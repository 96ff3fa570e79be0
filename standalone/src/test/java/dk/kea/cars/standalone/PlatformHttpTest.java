package dk.kea.cars.standalone;

import jakarta.persistence.EntityManager;
import org.axonframework.config.Configuration;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Seeding is idempotent; API docs, health and metrics are served; nothing else of actuator is (§2, §10). */
class PlatformHttpTest extends StandaloneTest {

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    EntityManager entityManager;

    @Autowired
    org.axonframework.eventsourcing.eventstore.EventStore eventStore;

    @Autowired
    Configuration axon;

    /** Events, messages and everything else Axon stores (tokens, snapshots, sagas) are JSON; XStream is not here. */
    @Test
    void everyAxonSerializerIsJackson() {
        assertThat(axon.serializer()).isInstanceOf(JacksonSerializer.class);
        assertThat(axon.eventSerializer()).isInstanceOf(JacksonSerializer.class);
        assertThat(axon.messageSerializer()).isInstanceOf(JacksonSerializer.class);
    }

    @Test
    void aSecondSeedEmitsNothing() {
        long before = storedEvents();

        context.publishEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO));

        assertThat(storedEvents()).isEqualTo(before);
        assertThat(before).isGreaterThanOrEqualTo(60);
    }

    @Test
    void apiDocsDescribeEveryServicesEndpoints() {
        Http.Response docs = http.get("/v3/api-docs").send();

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/insurances")).isTrue();
        assertThat(docs.json().get("paths").has("/api/insurances/{id}")).isTrue();
        assertThat(docs.json().get("paths").has("/api/public/models")).isTrue();
        assertThat(docs.json().get("paths").has("/api/auth/login")).isTrue();
        assertThat(docs.json().get("paths").get("/api/insurances").get("post").get("summary").asText()).isNotBlank();
        assertThat(http.get("/swagger-ui.html").send().status()).isIn(200, 302);
    }

    @Test
    void onlyHealthAndPrometheusOfActuatorArePublic() {
        assertThat(http.get("/actuator/health").send().json().get("status").asText()).isEqualTo("UP");
        assertThat(http.get("/actuator/prometheus").send().status()).isEqualTo(200);
        assertThat(http.get("/actuator/env").send().status()).isIn(401, 403, 404);
    }

    /** A person runs the standalone app at a terminal: plain text lines; the services log JSON (README, Logs). */
    @Test
    void theStandaloneLogsPlainTextUnlessAskedForJson() {
        assertThat(context.getEnvironment().getProperty("logging.structured.format.console")).isEmpty();
    }

    @Test
    void unmappedPathsAndMethodsAnswerProblemDetailsToo() {
        String manager = tokenOf(MANAGER);

        assertProblem(http.get("/api/nothing-here").token(manager).send(), 404);
        assertProblem(http.delete("/api/brands/" + FORD).token(manager).send(), 405);
    }

    @Test
    void eventsCarryWhoActedTheCorrelationIdTheCauseAndTheClientAddress() {
        String manager = tokenOf(MANAGER);
        String correlationId = "test-" + java.util.UUID.randomUUID();

        Http.Response created = http.post("/api/insurances").token(manager).header("X-Correlation-Id", correlationId)
                .json(java.util.Map.of("name", "Cover " + Names.randomWord(), "price", 3)).send();

        assertThat(created.status()).isEqualTo(201);
        var event = eventStore.readEvents(created.json().get("id").asText()).asStream().findFirst().orElseThrow();
        assertThat(event.getMetaData().get("employeeId")).isEqualTo("f9097a97-eca4-49b6-85a0-08423789c320");
        assertThat(event.getMetaData().get("correlationId")).isEqualTo(correlationId);
        assertThat(event.getMetaData().get("causationId")).isNotNull().isNotEqualTo(correlationId);
        assertThat(event.getMetaData().get("clientAddress")).isEqualTo("127.0.0.1");
        assertThat(event.getPayload()).isInstanceOf(dk.kea.cars.api.insurance.InsuranceCreated.class);
    }

    private long storedEvents() {
        return entityManager.createQuery("select count(e) from DomainEventEntry e", Long.class).getSingleResult();
    }

    @Test
    void theCustomerChangesSchemaNamesTheFieldsTheServerAccepts() {
        com.fasterxml.jackson.databind.JsonNode schemas = http.get("/v3/api-docs").send().json().get("components")
                .get("schemas");
        java.util.List<String> fields = new java.util.ArrayList<>();
        schemas.get("CustomerChangesRequest").get("properties").fieldNames().forEachRemaining(fields::add);

        assertThat(fields).containsExactlyInAnyOrder("email", "phone_number", "first_name", "last_name", "address");
    }
}
