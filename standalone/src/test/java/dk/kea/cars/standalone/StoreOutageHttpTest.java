package dk.kea.cars.standalone;

import dk.kea.cars.StandaloneApplication;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.axonframework.axonserver.connector.ErrorCode;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Store outages are 503, not 500 (issue 9): the event store answers every call as Axon Server's connector does while
 * it has no connection (a gRPC UNAVAILABLE converted to {@code AxonServerException}
 * with {@code ErrorCode.CONNECTION_FAILED}). Writes and audit
 * reads answer a 503 problem with Retry-After and store nothing; once the store is back, writes are confirmed by the
 * read models again within seconds. (In this JVM the embedded store's reader retries every second by itself; the
 * processor back-off that Axon Server's streams cause is {@code OutageRecoveryTest}'s.)
 */
@SpringBootTest(classes = {StandaloneApplication.class, StoreOutageHttpTest.Outage.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StoreOutageHttpTest extends StandaloneTest {

    @Autowired
    Outage outage;

    @Autowired
    EventStore events;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void storeIsBack() {
        outage.down.set(false);
    }

    @Test
    void writesAndAuditReadsAnswer503WhileTheStoreIsUnreachableAndNothingIsStored() {
        String manager = tokenOf(MANAGER);
        String admin = tokenOf(ADMIN);
        long head = head();
        UUID id = UUID.randomUUID();
        String name = "Outage " + id;

        outage.down.set(true);
        Http.Response write = http.post("/api/insurances").token(manager)
                .json(Map.of("id", id.toString(), "name", name, "price", 10)).send();
        Http.Response audit = http.get("/api/audit/events?after=0&limit=1").token(admin).send();
        outage.down.set(false);

        for (Http.Response refused : new Http.Response[]{write, audit}) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(503);
            assertThat(refused.header("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.header("Retry-After")).hasValue("5");
            assertThat(refused.json().get("status").asInt()).isEqualTo(503);
            assertThat(refused.json().get("correlation_id").asText()).isEqualTo(refused.header("X-Correlation-Id")
                    .orElseThrow());
        }
        assertThat(head()).as("nothing appended").isEqualTo(head);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cmd_name_claim WHERE owner_id = ?", Long.class,
                id.toString())).as("no name claimed").isZero();
        assertThat(http.post("/api/insurances").token(manager)
                .json(Map.of("id", id.toString(), "name", name, "price", 10)).send().status())
                .as("the same request succeeds once the store is back").isEqualTo(201);
    }

    @Test
    void onceTheStoreIsBackWritesAreConfirmedByTheReadModelsWithinSeconds() {
        String manager = tokenOf(MANAGER);
        outage.down.set(true);
        StandaloneProcess.sleep(java.time.Duration.ofSeconds(20));
        outage.down.set(false);
        StandaloneProcess.sleep(java.time.Duration.ofSeconds(4));

        Http.Response write = http.post("/api/insurances").token(manager)
                .json(Map.of("name", "Back " + UUID.randomUUID(), "price", 10)).send();

        assertThat(write.status()).as("confirmed by the read models, not 202: " + write.body()).isEqualTo(201);
    }

    private long head() {
        return events.createHeadToken().position().orElse(-1);
    }

    /** Wraps the storage engine: while {@code down}, every call fails as the Axon Server connector's do. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Outage {

        final AtomicBoolean down = new AtomicBoolean();

        @Bean
        static BeanPostProcessor unreachableWhileDown(org.springframework.beans.factory.ObjectProvider<Outage> outage) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof EventStorageEngine engine)) {
                        return bean;
                    }
                    return Proxy.newProxyInstance(EventStorageEngine.class.getClassLoader(),
                            new Class<?>[]{EventStorageEngine.class}, (proxy, method, arguments) -> {
                                if (outage.getObject().down.get()) {
                                    throw ErrorCode.CONNECTION_FAILED.convert(
                                            new StatusRuntimeException(Status.UNAVAILABLE));
                                }
                                try {
                                    return method.invoke(engine, arguments);
                                } catch (InvocationTargetException failure) {
                                    throw failure.getCause();
                                }
                            });
                }
            };
        }
    }
}
