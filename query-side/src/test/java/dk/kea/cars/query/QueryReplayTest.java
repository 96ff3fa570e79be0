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
 * Spec §7: the read model can be rebuilt from the event store. Events go through the real query-side tracking
 * processor; after a reset (whose handlers empty every qry_* table) and a replay, every row is as before.
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
    void aResetEmptiesTheReadModelAndTheReplayRebuildsEveryRowAsItWas() {
        TrackingEventProcessor processor = processing.eventProcessor("query-side", TrackingEventProcessor.class)
                .orElseThrow();
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

        processor.shutDown();
        processor.resetTokens();
        TABLES.keySet().forEach(table ->
                assertThat(jdbc.queryForObject("select count(*) from " + table, Long.class)).as(table).isZero());
        processor.start();
        awaitCaughtUp(processor);

        Map<String, List<Map<String, Object>>> after = snapshot();
        before.forEach((table, rows) -> assertThat(after.get(table)).as(table).containsExactlyElementsOf(rows));
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
