package dk.kea.cars.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kea.cars.api.accessory.AccessoryUpdated;
import dk.kea.cars.api.brand.BrandUpdated;
import dk.kea.cars.api.car.CarEvent;
import dk.kea.cars.api.common.Role;
import dk.kea.cars.api.employee.EmployeeUndeleted;
import dk.kea.cars.api.employee.EmployeeUpdated;
import dk.kea.cars.api.purchase.PurchaseEvent;
import dk.kea.cars.api.validation.Rules;
import dk.kea.cars.query.support.BackOffice;
import dk.kea.cars.api.car.CarView;
import dk.kea.cars.api.car.FindCar;
import dk.kea.cars.api.customer.CustomerView;
import dk.kea.cars.api.customer.FindCustomer;
import dk.kea.cars.api.insurance.FindInsurance;
import dk.kea.cars.api.insurance.InsuranceCreated;
import dk.kea.cars.api.insurance.InsuranceUpdated;
import dk.kea.cars.api.purchase.FindPurchase;
import dk.kea.cars.api.purchase.PurchaseView;
import dk.kea.cars.query.car.CarProjection;
import dk.kea.cars.query.car.CarRowRepository;
import dk.kea.cars.query.customer.CustomerProjection;
import dk.kea.cars.query.insurance.InsuranceProjection;
import dk.kea.cars.query.purchase.PurchaseProjection;
import dk.kea.cars.query.purchase.PurchaseRowRepository;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.EventTrackerStatus;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spec §7: the read model can be rebuilt from the event store, in place and while it keeps answering (see
 * {@link dk.kea.cars.platform.processing.VersionGate}). Events go through the real query-side tracking processor; a reset
 * removes no row, and the replay repairs rows changed behind its back and recreates missing ones.
 * Only this test's rows are compared: on CI's shared MariaDB other tests' rows come and go.
 */
@Tag("store")
@SpringBootTest
@ActiveProfiles("test")
class QueryReplayTest {

    /** The qry_* tables and the column that ties a row to one of this test's ids. */
    private static final Map<String, String> TABLES = Map.ofEntries(
            Map.entry("qry_brand", "id"), Map.entry("qry_color", "id"), Map.entry("qry_accessory", "id"),
            Map.entry("qry_insurance", "id"), Map.entry("qry_model", "id"), Map.entry("qry_model_color", "model_id"),
            Map.entry("qry_employee", "id"), Map.entry("qry_customer", "id"), Map.entry("qry_car", "id"),
            Map.entry("qry_car_accessory", "car_id"), Map.entry("qry_car_insurance", "car_id"),
            Map.entry("qry_purchase", "id"));
    private static final Duration CATCH_UP = Duration.ofSeconds(60);
    private static final int READS_PER_ROUND = 25;

    @Autowired
    EventGateway eventGateway;
    @Autowired
    EventStore eventStore;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NamedParameterJdbcTemplate namedJdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    EntityManager entityManager;
    @Autowired
    CarRowRepository cars;
    @Autowired
    PurchaseRowRepository purchases;
    @Autowired
    CustomerProjection customerProjection;
    @Autowired
    CarProjection carProjection;
    @Autowired
    PurchaseProjection purchaseProjection;
    @Autowired
    InsuranceProjection insuranceProjection;

    private final BackOffice office = new BackOffice();
    private final UUID seller = UUID.randomUUID();
    private final UUID leaver = UUID.randomUUID();
    private final UUID keptCustomer = UUID.randomUUID();
    private final UUID goneCustomer = UUID.randomUUID();
    private final UUID boughtCar = UUID.randomUUID();
    private final UUID goneCar = UUID.randomUUID();
    private final UUID customersCar = UUID.randomUUID();
    private final UUID purchase = UUID.randomUUID();
    private final UUID gonePurchase = UUID.randomUUID();

    @Test
    void everyQueryTableIsCoveredHere() throws SQLException {
        assertThat(queryTablesInTheDatabase()).containsExactlyInAnyOrderElementsOf(TABLES.keySet());
    }

    @Test
    void aReplayRepairsCorruptedRowsAndRecreatesMissingOnesInPlace() {
        TrackingEventProcessor processor = processor();
        publishHistory();
        awaitCaughtUp(processor);
        assertThat(jdbc.queryForMap("select role, deleted, version from qry_employee where id = ?", seller.toString()))
                .containsValues("MANAGER", false, 1L);
        assertThat(jdbc.queryForMap("select deleted, version from qry_employee where id = ?", leaver.toString()))
                .containsValues(false, 2L);
        Map<String, List<Map<String, Object>>> before = snapshot();
        assertThat(before.get("qry_car")).hasSize(3);
        assertThat(before.get("qry_car_accessory")).hasSize(6);
        assertThat(before.get("qry_purchase")).hasSize(2);

        corrupt();
        Map<String, List<Map<String, Object>>> corrupted = snapshot();
        assertThat(corrupted).isNotEqualTo(before);
        assertThat(corrupted.get("qry_car")).hasSize(2);
        assertThat(corrupted.get("qry_purchase")).hasSize(1);

        processor.shutDown();
        processor.resetTokens();
        assertThat(snapshot()).as("a reset removes nothing: reads keep being answered").isEqualTo(corrupted);
        processor.start();
        awaitCaughtUp(processor);

        Map<String, List<Map<String, Object>>> after = snapshot();
        before.forEach((table, rows) -> assertThat(after.get(table)).as(table).containsExactlyElementsOf(rows));
    }

    /**
     * A replay of a few thousand events while another thread reads every known id in a loop: no read ever misses
     * a row or sees anything but its latest state, hidden cars and purchases of deleted customers included.
     */
    @Test
    void readsDuringAReplayAlwaysSeeEveryRowInItsLatestState() throws Exception {
        TrackingEventProcessor processor = processor();
        List<UUID> customerIds = new ArrayList<>();
        List<UUID> carIds = new ArrayList<>();
        List<UUID> purchaseIds = new ArrayList<>();
        List<UUID> insuranceIds = new ArrayList<>();
        publish(office.catalog());
        publish(List.of(BackOffice.employee(seller, 0, Role.SALES_PERSON, false)));
        List<Object> history = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            UUID customer = UUID.randomUUID();
            customerIds.add(customer);
            for (int sequence = 0; sequence < 5; sequence++) {
                history.add(office.customer(customer, sequence, "c" + i + "v" + sequence));
            }
            if (i % 3 == 0) {
                UUID car = UUID.randomUUID();
                UUID sale = UUID.randomUUID();
                carIds.add(car);
                purchaseIds.add(sale);
                CarEvent created = office.car(car, customer, seller);
                history.add(created);
                history.add(BackOffice.purchased(created, 1, sale));
                history.add(BackOffice.purchase(sale, car, Rules.today()));
                if (i % 6 == 0) { // the customer's deletion hides the car and its purchase; no tombstones follow
                    history.add(office.deletedCustomer(customer, 5, "c" + i + "gone"));
                }
            }
        }
        Instant now = Instant.now();
        for (int i = 0; i < 250; i++) {
            UUID insurance = UUID.randomUUID();
            insuranceIds.add(insurance);
            history.add(new InsuranceCreated(insurance, 0, now, "Cover " + i, new BigDecimal("100")));
            for (int sequence = 1; sequence < 4; sequence++) {
                history.add(new InsuranceUpdated(insurance, sequence, now, "Cover " + i + "." + sequence,
                        new BigDecimal(100 + sequence)));
            }
        }
        assertThat(history).hasSizeGreaterThan(2500);
        for (int from = 0; from < history.size(); from += 500) {
            publish(history.subList(from, Math.min(history.size(), from + 500)));
        }
        awaitCaughtUp(processor);

        Map<UUID, Object> latest = new LinkedHashMap<>();
        customerIds.forEach(id -> latest.put(id, customerProjection.handle(new FindCustomer(id))));
        carIds.forEach(id -> latest.put(id, carProjection.handle(new FindCar(id))));
        purchaseIds.forEach(id -> latest.put(id, purchaseProjection.handle(new FindPurchase(id))));
        insuranceIds.forEach(id -> latest.put(id, insuranceProjection.handle(new FindInsurance(id))));
        assertThat(latest.values()).doesNotContainNull();
        assertThat(customerProjection.handle(new FindCustomer(customerIds.get(1))).version()).isEqualTo(4);
        assertThat(customerProjection.handle(new FindCustomer(customerIds.get(0))).deleted()).isTrue();
        assertThat(carProjection.handle(new FindCar(carIds.get(0))).deleted()).isTrue();
        assertThat(purchaseProjection.handle(new FindPurchase(purchaseIds.get(0))).deleted()).isTrue();
        assertThat(carProjection.handle(new FindCar(carIds.get(1))).deleted()).isFalse();
        assertThat(insuranceProjection.handle(new FindInsurance(insuranceIds.get(0))).version()).isEqualTo(3);

        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong reads = new AtomicLong();
        AtomicLong readsWhileReplaying = new AtomicLong();
        List<String> wrong = new CopyOnWriteArrayList<>();
        ExecutorService reader = Executors.newSingleThreadExecutor();
        // a few rows per round, so that a round is short beside the replay and rounds during it are certain
        List<Map.Entry<UUID, Object>> rows = List.copyOf(latest.entrySet());
        Future<?> reading = reader.submit(() -> {
            for (int next = 0; !stop.get() && wrong.size() < 20; next = (next + READS_PER_ROUND) % rows.size()) {
                boolean replaying = isReplaying(processor);
                List<Map.Entry<UUID, Object>> round = rows.subList(next, Math.min(rows.size(), next + READS_PER_ROUND));
                round.forEach(row -> {
                    Object actual = read(row.getValue(), row.getKey());
                    if (!row.getValue().equals(actual)) {
                        wrong.add(row.getKey() + ": expected " + row.getValue() + " but read " + actual);
                    }
                });
                reads.addAndGet(round.size());
                if (replaying || isReplaying(processor)) {
                    readsWhileReplaying.addAndGet(round.size());
                }
            }
        });
        try {
            await().atMost(CATCH_UP).until(() -> reads.get() > 0);
            processor.shutDown();
            processor.resetTokens();
            processor.start();
            await().atMost(CATCH_UP).until(() -> readsWhileReplaying.get() > 0 || !wrong.isEmpty());
            awaitCaughtUp(processor);
        } finally {
            stop.set(true);
            reading.get(CATCH_UP.toSeconds(), TimeUnit.SECONDS);
            reader.shutdownNow();
        }
        assertThat(wrong).isEmpty();
        assertThat(readsWhileReplaying.get()).isPositive();
        latest.forEach((id, expected) -> assertThat(read(expected, id)).as(id.toString()).isEqualTo(expected));
    }

    private static boolean isReplaying(TrackingEventProcessor processor) {
        return processor.processingStatus().values().stream().anyMatch(EventTrackerStatus::isReplaying);
    }

    private Object read(Object like, UUID id) {
        if (like instanceof CustomerView) {
            return customerProjection.handle(new FindCustomer(id));
        } else if (like instanceof CarView) {
            return carProjection.handle(new FindCar(id));
        } else if (like instanceof PurchaseView) {
            return purchaseProjection.handle(new FindPurchase(id));
        }
        return insuranceProjection.handle(new FindInsurance(id));
    }

    private TrackingEventProcessor processor() {
        return processing.eventProcessor("query-side", TrackingEventProcessor.class).orElseThrow();
    }

    /** Changes a customer's email and a car's total price behind the projections' back, and deletes two rows. */
    private void corrupt() {
        transactions.executeWithoutResult(status -> {
            assertThat(entityManager.createQuery("update CustomerRow c set c.email = 'corrupt@kea.dk', "
                    + "c.emailLower = 'corrupt@kea.dk' where c.id = :id").setParameter("id", keptCustomer)
                    .executeUpdate()).isOne();
            assertThat(entityManager.createQuery("update CarRow c set c.totalPrice = 1 where c.id = :id")
                    .setParameter("id", boughtCar).executeUpdate()).isOne();
        });
        purchases.deleteById(purchase);
        cars.deleteById(customersCar);
    }

    private void publishHistory() {
        Instant now = Instant.now();
        publish(office.catalog());
        publish(List.of(new BrandUpdated(office.brand, 1, now, "Audi AG", "https://img.example/audi.png"),
                new AccessoryUpdated(office.alarm, 1, now, "Alarm System", new BigDecimal("4500")),
                BackOffice.employee(seller, 0, Role.SALES_PERSON, false),
                new EmployeeUpdated(seller, 1, now, "seller@kea.dk", "Sofie", "Hansen", Role.MANAGER, "hash", false),
                BackOffice.employee(leaver, 0, Role.SALES_PERSON, false),
                BackOffice.employee(leaver, 1, Role.SALES_PERSON, true),
                new EmployeeUndeleted(leaver, 2, now, "leaver@kea.dk", "Bo", "Berg", Role.SALES_PERSON, "hash", false),
                office.customer(keptCustomer, 0, "kim"), office.customer(keptCustomer, 1, "kim.new"),
                office.customer(goneCustomer, 0, "gone")));
        publish(sales(now));
    }

    /** A bought car, a car deleted with its purchase, and a deleted customer's car. */
    private List<Object> sales(Instant now) {
        CarEvent bought = office.car(boughtCar, keptCustomer, seller);
        CarEvent gone = office.car(goneCar, keptCustomer, leaver, Rules.today().minusDays(3));
        CarEvent goneBought = BackOffice.purchased(gone, 1, gonePurchase);
        PurchaseEvent goneSale = BackOffice.purchase(gonePurchase, goneCar, Rules.today().minusDays(5));
        CarEvent customers = office.car(customersCar, goneCustomer, seller);
        return List.of(bought, BackOffice.purchased(bought, 1, purchase),
                BackOffice.purchase(purchase, boughtCar, Rules.today()),
                gone, goneSale, goneBought, BackOffice.deleted(goneBought, 2), BackOffice.deletedPurchase(goneSale, 1),
                customers, BackOffice.deleted(customers, 1), office.deletedCustomer(goneCustomer, 1, "gone"));
    }

    private void publish(List<?> events) {
        transactions.executeWithoutResult(status -> eventGateway.publish(events));
    }

    /**
     * Every event up to the head of the store handled. A replay stays flagged as replaying until an event after
     * its reset position arrives, so the flag alone cannot tell that it is done.
     */
    private void awaitCaughtUp(TrackingEventProcessor processor) {
        long head = eventStore.createHeadToken().position().orElse(0);
        await().atMost(CATCH_UP).untilAsserted(() -> assertThat(processor.processingStatus().values())
                .isNotEmpty()
                .allSatisfy(segment -> {
                    assertThat(segment.isErrorState()).as("error state").isFalse();
                    assertThat(segment.isCaughtUp()).as("caught up").isTrue();
                    assertThat(segment.getCurrentPosition().orElse(-1)).as("position").isGreaterThanOrEqualTo(head);
                }));
    }

    /** This test's rows of every qry_* table, column names lower-cased, in a stable order. */
    private Map<String, List<Map<String, Object>>> snapshot() {
        List<String> ids = Stream.of(office.brand, office.red, office.blue, office.model, office.alarm, office.towbar,
                        office.glass, office.theft, seller, leaver, keptCustomer, goneCustomer, boughtCar, goneCar,
                        customersCar, purchase, gonePurchase)
                .map(UUID::toString).toList();
        Map<String, List<Map<String, Object>>> rows = new TreeMap<>();
        TABLES.forEach((table, idColumn) -> rows.put(table, rowsOf(table, idColumn, ids)));
        return rows;
    }

    private List<Map<String, Object>> rowsOf(String table, String idColumn, List<String> ids) {
        List<Map<String, Object>> rows = new ArrayList<>();
        namedJdbc.queryForList("select * from " + table + " where " + idColumn + " in (:ids)",
                        new MapSqlParameterSource("ids", ids))
                .forEach(row -> rows.add(lowerCased(row)));
        rows.sort(Comparator.comparing(Object::toString));
        return rows;
    }

    private static Map<String, Object> lowerCased(Map<String, Object> row) {
        Map<String, Object> lower = new TreeMap<>();
        row.forEach((column, value) -> lower.put(column.toLowerCase(Locale.ROOT), value));
        return lower;
    }

    private Set<String> queryTablesInTheDatabase() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(),
                     "%", new String[]{"TABLE"})) {
            Set<String> names = new TreeSet<>();
            while (tables.next()) {
                String name = tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (name.startsWith("qry_")) {
                    names.add(name);
                }
            }
            return names;
        }
    }
}
