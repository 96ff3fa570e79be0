package dk.kea.cars.standalone;

import jakarta.persistence.EntityManager;
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

    private long storedEvents() {
        return entityManager.createQuery("select count(e) from DomainEventEntry e", Long.class).getSingleResult();
    }
}
