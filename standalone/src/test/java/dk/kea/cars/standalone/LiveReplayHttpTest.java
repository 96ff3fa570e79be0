package dk.kea.cars.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 5: with a few thousand events stored, the query-side model and the public catalog are replayed while a
 * client keeps reading over HTTP. No read fails or sees a shrunken or older model, and the rebuilt models equal the
 * live ones row by row, including rows tampered with by hand before the replay (which the replay repairs).
 */
class LiveReplayHttpTest {

    private static final int INSURANCES = 600;
    private static final int EVENTS_EACH = 5;
    private static final String PREFIX = "Live";
    private static final List<String> REPLAYED = List.of("query-side", "public-query");

    @TempDir
    Path data;

    @Test
    void replaysServeEveryReadAndRebuildTheSameModels() throws Exception {
        try (ConfigurableApplicationContext app = ReplayFixture.start(data, "demo")) {
            ReplayFixture.appendInsuranceHistories(app, PREFIX, INSURANCES, EVENTS_EACH);
            ReplayFixture.awaitCaughtUp(app, REPLAYED.toArray(String[]::new));
            Http http = new Http(app.getEnvironment().getProperty("local.server.port", Integer.class));
            String admin = ReplayFixture.adminToken(http);
            Map<String, List<String>> live = models(app);
            int publicInsurances = http.get("/api/public/insurances").send().json().size();
            String sample = sampleInsurance(app);
            tamper(app, sample);

            Reader reader = new Reader(http, admin, sample, publicInsurances);
            Thread reading = new Thread(reader, "reader");
            reading.start();
            for (String processor : REPLAYED) {
                Http.Response started = http.post("/api/audit/projections/" + processor + "/replay").token(admin)
                        .send();
                assertThat(started.status()).as(started.body()).isEqualTo(202);
                assertThat(started.json().get("replaying").asBoolean()).as(started.body()).isTrue();
                assertThat(started.json().get("replay_up_to").asLong()).isGreaterThanOrEqualTo(ReplayFixture.head(app));
            }
            await().atMost(Duration.ofMinutes(3)).until(() -> !anyReplaying(http, admin));
            reader.stop();
            reading.join();

            assertThat(reader.failures).as("failed or inconsistent reads during the replay").isEmpty();
            assertThat(reader.reads.get()).as("reads during the replay").isGreaterThan(10);
            assertThat(models(app)).as("the rebuilt models, row by row").isEqualTo(live);
        }
    }

    /** Every row of every query-side table and every public-catalog document, in a stable order. */
    private static Map<String, List<String>> models(ConfigurableApplicationContext app) {
        Map<String, List<String>> models = new TreeMap<>();
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        for (String table : jdbc.queryForList("SELECT table_name FROM information_schema.tables "
                + "WHERE UPPER(table_name) LIKE 'QRY\\_%'", String.class)) {
            models.put(table, sorted(jdbc.queryForList("SELECT * FROM " + table).stream().map(Object::toString)));
        }
        MongoTemplate mongo = mongo(app);
        for (String collection : mongo.getCollectionNames()) {
            if (collection.startsWith("public_") && !collection.contains("token")) {
                models.put(collection, sorted(mongo.findAll(Document.class, collection).stream()
                        .map(Document::toJson)));
            }
        }
        assertThat(models).containsKeys("public_insurances", "public_models");
        assertThat(models.keySet().stream().filter(name -> name.toUpperCase().startsWith("QRY_"))).hasSizeGreaterThan(5);
        return models;
    }

    private static List<String> sorted(java.util.stream.Stream<String> rows) {
        return rows.sorted(Comparator.naturalOrder()).toList();
    }

    /** Boot's own template: the writer's connection (public-query reads through a second one). */
    private static MongoTemplate mongo(ConfigurableApplicationContext app) {
        return app.getBean("mongoTemplate", MongoTemplate.class);
    }

    private static String sampleInsurance(ConfigurableApplicationContext app) {
        return app.getBean(JdbcTemplate.class).queryForObject(
                "SELECT CAST(id AS VARCHAR(36)) FROM qry_insurance WHERE name LIKE 'Live %' ORDER BY name LIMIT 1",
                String.class);
    }

    /** Changes one insurance by hand in both models; the replay must write its latest state back. */
    private static void tamper(ConfigurableApplicationContext app, String id) {
        app.getBean(JdbcTemplate.class).update("UPDATE qry_insurance SET price = 1 WHERE CAST(id AS VARCHAR(36)) = ?",
                id);
        mongo(app).updateFirst(Query.query(Criteria.where("_id").is(id)), Update.update("price", "1.00"),
                "public_insurances");
    }

    /** What an operator watches: done once neither is replaying and both have reached the head. */
    private static boolean anyReplaying(Http http, String admin) {
        JsonNode processors = http.get("/api/audit/projections").token(admin).send().json();
        List<Boolean> busy = new ArrayList<>();
        processors.forEach(processor -> {
            if (REPLAYED.contains(processor.get("name").asText())) {
                busy.add(processor.get("replaying").asBoolean() || processor.get("lag").asLong() > 0);
            }
        });
        return busy.size() != REPLAYED.size() || busy.contains(true);
    }

    /** Reads both models in a loop; every answer must be complete: never a failure, a missing row or fewer rows. */
    private static final class Reader implements Runnable {

        private final Http http;
        private final String token;
        private final String sample;
        private final int publicInsurances;
        private final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicInteger reads = new AtomicInteger();
        final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

        Reader(Http http, String token, String sample, int publicInsurances) {
            this.http = http;
            this.token = token;
            this.sample = sample;
            this.publicInsurances = publicInsurances;
        }

        void stop() {
            running.set(false);
        }

        @Override
        public void run() {
            while (running.get()) {
                check(http.get("/api/public/insurances").send(),
                        answer -> answer.json().size() == publicInsurances);
                check(http.get("/api/insurances/" + sample).token(token).send(),
                        answer -> answer.json().get("name").asText().startsWith(PREFIX));
                check(http.get("/api/public/insurances/" + sample).send(),
                        answer -> answer.json().get("name").asText().startsWith(PREFIX));
            }
        }

        private void check(Http.Response answer, java.util.function.Predicate<Http.Response> complete) {
            reads.incrementAndGet();
            if (answer.status() != 200 || !complete.test(answer)) {
                failures.add(answer.status() + " " + answer.body());
            }
        }
    }
}
