package dk.kea.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kea.cars.api.accessory.CreateAccessory;
import dk.kea.cars.api.accessory.UpdateAccessory;
import dk.kea.cars.api.car.CreateCar;
import dk.kea.cars.api.car.PurchaseCar;
import dk.kea.cars.api.common.Change;
import dk.kea.cars.api.common.Role;
import dk.kea.cars.api.customer.CreateCustomer;
import dk.kea.cars.api.customer.UpdateCustomer;
import dk.kea.cars.api.employee.CreateEmployee;
import dk.kea.cars.api.insurance.CreateInsurance;
import dk.kea.cars.api.insurance.UpdateInsurance;
import dk.kea.cars.api.validation.Rules;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * The benchmark's data set, sent as the commands the API sends (through Axon's command gateway, so every handler,
 * rule, name claim and snapshot runs), in parallel. At scale 1: 100 000 customers changed six times each, 100 000
 * cars with two accessories and an insurance, 20 000 purchases, 1 000 insurances and 1 000 accessories with 99
 * price changes each, 10 sales persons: about 1 040 000 events.
 */
public class DataSetLoader {

    private static final Logger log = LoggerFactory.getLogger(DataSetLoader.class);
    private static final String[] FIRST_NAMES = {"Anna", "Bo", "Clara", "Emil", "Freja", "Ida", "Jonas", "Karl",
            "Laura", "Mads", "Nora", "Oscar", "Sofie", "Viktor"};
    private static final String[] LAST_NAMES = {"Hansen", "Jensen", "Nielsen", "Pedersen", "Andersen",
            "Christensen", "Larsen", "Sorensen", "Rasmussen", "Jorgensen", "Petersen", "Madsen", "Kristensen"};
    private static final int ATTEMPTS = 3;
    private static final Duration CATCH_UP = Duration.ofHours(2);

    private final CommandGateway commands;
    private final Processors processors;

    DataSetLoader(CommandGateway commands, Processors processors) {
        this.commands = commands;
        this.processors = processors;
    }

    /**
     * How many of each at a scale; never fewer than a handful, so a tiny smoke run exercises every kind. Changes are
     * spread round-robin over their entities: at scale 1 each customer changes 6 times and each catalog item 99.
     */
    record Sizes(int employees, int insurances, int accessories, int customers, int cars, int purchases,
                 int customerChanges, int priceChanges) {

        static Sizes at(double scale) {
            return new Sizes(10, atLeast(3, 1_000 * scale), atLeast(3, 1_000 * scale), atLeast(20, 100_000 * scale),
                    atLeast(20, 100_000 * scale), atLeast(4, 20_000 * scale), atLeast(20, 600_000 * scale),
                    atLeast(6, 99_000 * scale));
        }

        private static int atLeast(int minimum, double count) {
            return Math.max(minimum, (int) Math.round(count));
        }
    }

    public Map<String, Object> load(double scale, int threads) {
        Sizes sizes = Sizes.at(scale);
        long firstEvent = processors.head() + 1;
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("scale", scale);
        long started = System.nanoTime();
        List<UUID> employees = ids(sizes.employees());
        List<UUID> insurances = ids(sizes.insurances());
        List<UUID> accessories = ids(sizes.accessories());
        List<UUID> customers = ids(sizes.customers());
        List<UUID> cars = ids(sizes.cars());
        Parallel parallel = new Parallel(threads);
        try {
            phase(report, "catalog_and_people", () -> {
                parallel.send(employees.size(), i -> employee(employees.get(i), i));
                parallel.send(insurances.size(), i -> new CreateInsurance(insurances.get(i), "Bench Cover " + i,
                        price(100, i, 0)));
                parallel.send(accessories.size(), i -> new CreateAccessory(accessories.get(i), "Bench Extra " + i,
                        price(50, i, 0)));
                parallel.send(customers.size(), i -> customer(customers.get(i), i));
            });
            // cars are checked against the command side's lookups, which follow the events asynchronously
            phase(report, "lookups_catch_up", () -> processors.awaitCaughtUp(CATCH_UP,
                    List.of("command-side-lookups")));
            List<Model> models = seededModels();
            phase(report, "cars", () -> parallel.send(cars.size(), i -> new CreateCar(cars.get(i),
                    customers.get(i % customers.size()), employees.get(i % employees.size()),
                    models.get(i % models.size()).id(), models.get(i % models.size()).color(i),
                    List.of(accessories.get(i % accessories.size()), accessories.get((i + 1) % accessories.size())),
                    List.of(insurances.get(i % insurances.size())), Rules.today().plusDays(30), null, true)));
            int carsPerPurchase = cars.size() / sizes.purchases();
            phase(report, "purchases", () -> parallel.send(sizes.purchases(), i -> new PurchaseCar(
                    cars.get(i * carsPerPurchase), UUID.randomUUID(), Rules.today(), null, true)));
            phase(report, "changes", () -> {
                parallel.send(sizes.customerChanges(), i -> new UpdateCustomer(
                        customers.get(i % customers.size()), null, null, null, null, null,
                        Change.to("Benchvej " + (i % customers.size()) + ", " + (1 + i / customers.size()) + ". sal")));
                parallel.send(sizes.priceChanges(), i -> new UpdateInsurance(
                        insurances.get(i % insurances.size()), null, null,
                        price(100, i % insurances.size(), 1 + i / insurances.size())));
                parallel.send(sizes.priceChanges(), i -> new UpdateAccessory(
                        accessories.get(i % accessories.size()), null, null,
                        price(50, i % accessories.size(), 1 + i / accessories.size())));
            });
            phase(report, "read_models_catch_up", () -> processors.awaitCaughtUp(CATCH_UP, Processors.READ_MODELS));
        } finally {
            parallel.shutdown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long events = processors.head() + 1 - firstEvent;
        report.put("commands", parallel.sent.get());
        report.put("events", events);
        report.put("events_stored", processors.head() + 1);
        report.put("seconds", seconds);
        report.put("events_per_second", events / seconds);
        return report;
    }

    private static void phase(Map<String, Object> report, String name, Runnable work) {
        long started = System.nanoTime();
        work.run();
        double seconds = (System.nanoTime() - started) / 1e9;
        report.put(name + "_s", seconds);
        log.warn("Bench data set: {} done in {} s", name, String.format("%.1f", seconds));
    }

    private static CreateEmployee employee(UUID id, int i) {
        String hash = new BCryptPasswordEncoder(4).encode(UUID.randomUUID().toString());
        return new CreateEmployee(id, "bench-seller-" + i + "@kea-bench.dk", FIRST_NAMES[i % FIRST_NAMES.length],
                LAST_NAMES[i % LAST_NAMES.length], Role.SALES_PERSON, hash);
    }

    private static CreateCustomer customer(UUID id, int i) {
        return new CreateCustomer(id, "bench-customer-" + i + "@kea-bench.dk", String.format("2%07d", i),
                FIRST_NAMES[i % FIRST_NAMES.length], LAST_NAMES[(i / FIRST_NAMES.length) % LAST_NAMES.length],
                "Benchvej " + i);
    }

    private static BigDecimal price(int base, int item, int change) {
        return BigDecimal.valueOf(base + item % 500 + change).setScale(2);
    }

    private static List<UUID> ids(int count) {
        return IntStream.range(0, count).mapToObj(i -> UUID.randomUUID()).toList();
    }

    /** A seeded model and the colors it is offered in. */
    record Model(UUID id, List<UUID> colors) {
        UUID color(int i) {
            return colors.get(i % colors.size());
        }
    }

    private static List<Model> seededModels() {
        try (InputStream in = new ClassPathResource("seed/catalog-seed.json").getInputStream()) {
            JsonNode seed = new ObjectMapper().readTree(in);
            List<Model> models = new ArrayList<>();
            for (JsonNode model : seed.get("models")) {
                List<UUID> colors = new ArrayList<>();
                model.get("color_ids").forEach(color -> colors.add(UUID.fromString(color.asText())));
                models.add(new Model(UUID.fromString(model.get("id").asText()), colors));
            }
            return models;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commands sent by a fixed number of threads, each waiting for its command's outcome, in index order. */
    private final class Parallel {
        private final ExecutorService pool;
        private final int threads;
        private final AtomicLong sent = new AtomicLong();

        private Parallel(int threads) {
            this.threads = threads;
            this.pool = Executors.newFixedThreadPool(threads);
        }

        void send(int count, IntFunction<Object> command) {
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        sendWithRetries(command.apply(i));
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                try {
                    worker.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("Loading the data set failed", e.getCause());
                }
            }
        }

        /** Creates are idempotent by id and changes set absolute values, so a retry never doubles anything. */
        private void sendWithRetries(Object command) {
            for (int attempt = 1; ; attempt++) {
                try {
                    commands.sendAndWait(command);
                    sent.incrementAndGet();
                    return;
                } catch (RuntimeException failed) {
                    if (attempt == ATTEMPTS) {
                        throw failed;
                    }
                    log.warn("Bench data set: {} failed ({}), retrying", command.getClass().getSimpleName(),
                            failed.toString());
                }
            }
        }

        void shutdown() {
            pool.shutdownNow();
        }
    }
}
