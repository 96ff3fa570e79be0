package dk.kea.cars.standalone;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Rounds of: concurrent creates with client-chosen ids against the standalone app, SIGKILL at a random moment,
 * restart on the same files, then a check of every acknowledged id in the event store and in every read model that
 * shows its type. Shared by the crash test and the crash benchmark.
 */
final class CrashRounds {

    /** A seeded model and a color it is offered in (catalog-seed.json). */
    private static final String MODEL = "d4bd413c-00d8-45ce-be0e-1d1333ac5e75";
    private static final String COLOR = "7bb35b1d-37ff-43c2-988a-cf85c5b6d690";
    private static final String PASSWORD = "Crash-Kx9-Vq4-Lm";
    private static final Duration READ_MODELS_CATCH_UP = Duration.ofSeconds(90);

    enum Kind {
        CUSTOMER("customer", "CustomerCreated"), INSURANCE("insurance", "InsuranceCreated"),
        CAR("car", "CarCreated"), EMPLOYEE("employee", "EmployeeCreated");

        final String aggregateType;
        final String creationEvent;

        Kind(String aggregateType, String creationEvent) {
            this.aggregateType = aggregateType;
            this.creationEvent = creationEvent;
        }
    }

    record Acknowledged(Kind kind, UUID id, String email) {
    }

    record Round(int acknowledged, int lost, int duplicated, int readModelsAhead, int missingFromReadModels,
                 Duration restart, List<String> problems) {
    }

    private final Path home;
    private final Queue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
    private final Queue<String> refusals = new ConcurrentLinkedQueue<>();
    private StandaloneProcess restarted;

    CrashRounds(Path home) {
        this.home = home;
    }

    /** Writers for a random 2–6 s, a kill, a restart and the checks; the app is left running for the next round. */
    Round round(int number, StandaloneProcess running) throws Exception {
        int before = acknowledged.size();
        AtomicBoolean stop = new AtomicBoolean();
        String manager = running.login("hans@gmail.com", "hans123");
        String admin = running.login("tom@gmail.com", "tom123");
        ExecutorService writers = Executors.newFixedThreadPool(6);
        for (int writer = 0; writer < 6; writer++) {
            int slot = writer;
            writers.submit(() -> write(running.http(), slot == 5 ? admin : manager, slot, stop));
        }
        StandaloneProcess.sleep(Duration.ofMillis(ThreadLocalRandom.current().nextLong(2000, 6000)));
        running.kill();
        stop.set(true);
        writers.shutdown();
        writers.awaitTermination(1, TimeUnit.MINUTES);
        return verify(number, acknowledged.size() - before);
    }

    StandaloneProcess start(int number) {
        return StandaloneProcess.start(home, home.resolve("started-after-round-" + number + ".log"));
    }

    /** The process started by the last check, which the next round writes to. */
    StandaloneProcess restarted() {
        return restarted;
    }

    private Round verify(int number, int acknowledgedThisRound) {
        restarted = start(number);
        Duration restartTime = restarted.awaitReady(Duration.ofMinutes(3));
        Http http = restarted.http();
        String admin = restarted.login("tom@gmail.com", "tom123");
        List<String> problems = new ArrayList<>();
        int lost = 0;
        int duplicated = 0;
        Map<String, Integer> creations = creationEvents(http, admin);
        for (Acknowledged write : acknowledged) {
            int stored = creations.getOrDefault(write.id() + " " + write.kind().creationEvent, 0);
            if (stored == 0) {
                lost++;
                problems.add("lost: " + write);
            } else if (stored > 1) {
                duplicated++;
                problems.add("duplicated: " + write);
            }
        }
        int missing = awaitReadModels(http, admin, problems);
        int ahead = readModelsAhead(http, admin, problems);
        if (!refusals.isEmpty()) {
            problems.add("writes refused under load: " + refusals.size() + ", e.g. " + refusals.peek());
            refusals.clear();
        }
        return new Round(acknowledgedThisRound, lost, duplicated, ahead, missing, restartTime, problems);
    }

    private void write(Http http, String token, int slot, AtomicBoolean stop) {
        List<UUID> customers = new ArrayList<>();
        int n = 0;
        while (!stop.get()) {
            n++;
            try {
                if (slot == 5) {
                    create(http, token, Kind.EMPLOYEE, employee(UUID.randomUUID()));
                } else if (slot % 3 == 0 || customers.isEmpty()) {
                    create(http, token, Kind.CUSTOMER, customer(UUID.randomUUID())).ifPresent(customers::add);
                } else if (slot % 3 == 1) {
                    create(http, token, Kind.INSURANCE, insurance(UUID.randomUUID()));
                } else {
                    create(http, token, Kind.CAR, car(UUID.randomUUID(), customers.get(n % customers.size())));
                }
            } catch (RuntimeException killedMidRequest) {
                return;
            }
        }
    }

    /**
     * Every 2xx is an acknowledgement; the id comes back only for a 201 (the read models confirmed it, so a car can
     * refer to it at once). A refusal is no acknowledgement and the writer goes on.
     */
    private Optional<UUID> create(Http http, String token, Kind kind, Map<String, Object> body) {
        UUID id = UUID.fromString((String) body.get("id"));
        Http.Response response = http.post("/api/" + plural(kind)).token(token).json(body).send();
        if (response.status() / 100 != 2) {
            refusals.add(kind + " " + response.status() + ": " + response.body());
            return Optional.empty();
        }
        acknowledged.add(new Acknowledged(kind, id, (String) body.get("email")));
        return response.status() == 201 ? Optional.of(id) : Optional.empty();
    }

    /**
     * Creation events per aggregate id and event type, from one pass over the whole stored history (the audit API's
     * event pages): one read of the store per round, however many ids were acknowledged.
     */
    private static Map<String, Integer> creationEvents(Http http, String token) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        String after = "";
        while (true) {
            JsonNode page = http.get("/api/audit/events?limit=1000" + after).token(token).send().json();
            for (JsonNode event : page.get("events")) {
                counts.merge(event.get("aggregate_id").asText() + " " + event.get("event_type").asText(), 1,
                        Integer::sum);
            }
            if (page.get("events").isEmpty()) {
                return counts;
            }
            after = "&after=" + page.get("next_after").asLong();
        }
    }

    /** Every acknowledged id in every read model that shows its type, within the catch-up time. */
    private int awaitReadModels(Http http, String token, List<String> problems) {
        long deadline = System.nanoTime() + READ_MODELS_CATCH_UP.toNanos();
        List<String> missing = missingFromReadModels(http, token);
        while (!missing.isEmpty() && System.nanoTime() < deadline) {
            StandaloneProcess.sleep(Duration.ofMillis(500));
            missing = missingFromReadModels(http, token);
        }
        missing.forEach(where -> problems.add("missing from " + where));
        return missing.size();
    }

    private List<String> missingFromReadModels(Http http, String token) {
        List<String> missing = new ArrayList<>();
        for (Acknowledged write : acknowledged) {
            for (String path : readModelPaths(write)) {
                if (http.get(path).token(token).send().status() != 200) {
                    missing.add(path);
                }
            }
            if (write.kind() == Kind.EMPLOYEE && http.post("/api/auth/login")
                    .json(Map.of("email", write.email(), "password", PASSWORD)).send().status() != 200) {
                missing.add("credentials of " + write.email());
            }
        }
        return missing;
    }

    private static List<String> readModelPaths(Acknowledged write) {
        String backOffice = "/api/" + plural(write.kind()) + "/" + write.id();
        return write.kind() == Kind.INSURANCE ? List.of(backOffice, "/api/public/insurances/" + write.id())
                : List.of(backOffice);
    }

    private static int readModelsAhead(Http http, String token, List<String> problems) {
        int ahead = 0;
        for (JsonNode projection : http.get("/api/audit/projections").token(token).send().json()) {
            if (projection.get("ahead_of_store").asBoolean() || projection.get("lag").asLong() < 0) {
                ahead++;
                problems.add("ahead of the store: " + projection);
            }
        }
        return ahead;
    }

    private static String plural(Kind kind) {
        return switch (kind) {
            case CUSTOMER -> "customers";
            case INSURANCE -> "insurances";
            case CAR -> "cars";
            case EMPLOYEE -> "employees";
        };
    }

    private static Map<String, Object> customer(UUID id) {
        return Map.of("id", id.toString(), "email", "c" + id.toString().substring(0, 13) + "@crash.dk",
                "first_name", "Crash", "last_name", "Test", "phone_number", "10203040");
    }

    private static Map<String, Object> insurance(UUID id) {
        return Map.of("id", id.toString(), "name", "Crash " + id, "price", 12.5);
    }

    private static Map<String, Object> car(UUID id, UUID customer) {
        return Map.of("id", id.toString(), "models_id", MODEL, "colors_id", COLOR, "customers_id",
                customer.toString());
    }

    private static Map<String, Object> employee(UUID id) {
        return Map.of("id", id.toString(), "email", "e" + id.toString().substring(0, 13) + "@crash.dk",
                "password", PASSWORD, "first_name", "Crash", "last_name", "Employee", "role", "sales_person");
    }
}
