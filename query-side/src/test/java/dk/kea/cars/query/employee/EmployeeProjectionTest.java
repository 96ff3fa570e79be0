package dk.kea.cars.query.employee;

import org.axonframework.eventhandling.ReplayStatus;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kea.cars.api.common.Role;
import dk.kea.cars.api.employee.EmployeeCreated;
import dk.kea.cars.api.employee.EmployeeDeleted;
import dk.kea.cars.api.employee.EmployeeUndeleted;
import dk.kea.cars.api.employee.EmployeeUpdated;
import dk.kea.cars.api.employee.EmployeeView;
import dk.kea.cars.api.employee.FindEmployee;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

@Tag("store")
@SpringBootTest
@ActiveProfiles("test")
class EmployeeProjectionTest {

    private static final String HASH = "$2a$10$abcdefghijklmnopqrstuu5bV4Yq3n1rXgYl1P3yvQ0yWnVbO4yGe";

    @Autowired
    EmployeeProjection projection;
    @Autowired
    EmployeeRowRepository rows;
    @Autowired
    QueryGateway queryGateway;
    @Autowired
    JdbcTemplate jdbc;

    private final UUID id = UUID.randomUUID();

    @Test
    void createStoresTheEmployeeWithoutItsPasswordHash() {
        projection.on(event(0, Role.SALES_PERSON, false), ReplayStatus.REGULAR);

        assertThat(rows.findById(id).orElseThrow().toView()).isEqualTo(
                new EmployeeView(id, "sofie@kea.dk", "Sofie", "Hansen", Role.SALES_PERSON, false, 0));
        List<String> columns = jdbc.queryForList(
                "select lower(column_name) from information_schema.columns where lower(table_name) = 'qry_employee'",
                String.class);
        assertThat(columns).contains("email", "role", "deleted", "version").noneMatch(c -> c.contains("pass"));
        assertThat(jdbc.queryForList("select * from qry_employee").toString()).doesNotContain(HASH);
    }

    @Test
    void aNewerStateReplacesRoleAndDeletedFlagButOlderOrRedeliveredOnesDoNot() {
        projection.on(event(0, Role.SALES_PERSON, false), ReplayStatus.REGULAR);
        projection.on(event(2, Role.MANAGER, true), ReplayStatus.REGULAR);
        projection.on(event(2, Role.MANAGER, true), ReplayStatus.REGULAR);
        projection.on(event(1, Role.ADMIN, false), ReplayStatus.REGULAR);

        EmployeeRow row = rows.findById(id).orElseThrow();
        assertThat(row.getRole()).isEqualTo(Role.MANAGER);
        assertThat(row.isDeleted()).isTrue();
        assertThat(row.getVersion()).isEqualTo(2);
    }

    @Test
    void updatesDeletesAndUndeletesReachTheRowThroughTheOneHandler() {
        projection.on(event(0, Role.SALES_PERSON, false), ReplayStatus.REGULAR);
        projection.on(new EmployeeUpdated(id, 1, Instant.now(), "sofie.h@kea.dk", "Sofie", "Holm", Role.MANAGER, HASH,
                false), ReplayStatus.REGULAR);
        assertThat(rows.findById(id).orElseThrow().toView())
                .isEqualTo(new EmployeeView(id, "sofie.h@kea.dk", "Sofie", "Holm", Role.MANAGER, false, 1));

        projection.on(new EmployeeDeleted(id, 2, Instant.now(), "sofie.h@kea.dk", "Sofie", "Holm", Role.MANAGER, HASH,
                true), ReplayStatus.REGULAR);
        assertThat(rows.findById(id).orElseThrow().isDeleted()).isTrue();

        projection.on(new EmployeeUndeleted(id, 3, Instant.now(), "sofie.h@kea.dk", "Sofie", "Holm", Role.MANAGER,
                HASH, false), ReplayStatus.REGULAR);
        EmployeeRow row = rows.findById(id).orElseThrow();
        assertThat(row.isDeleted()).isFalse();
        assertThat(row.getVersion()).isEqualTo(3);
    }

    @Test
    void subscribersGetTheTombstoneOfADeletedEmployee() {
        projection.on(event(0, Role.SALES_PERSON, false), ReplayStatus.REGULAR);
        try (SubscriptionQueryResult<EmployeeView, EmployeeView> subscription = queryGateway.subscriptionQuery(
                new FindEmployee(id), ResponseTypes.instanceOf(EmployeeView.class),
                ResponseTypes.instanceOf(EmployeeView.class))) {
            projection.on(new EmployeeDeleted(id, 1, Instant.now(), "sofie@kea.dk", "Sofie", "Hansen",
                    Role.SALES_PERSON, HASH, true), ReplayStatus.REGULAR);

            EmployeeView update = subscription.updates().blockFirst(Duration.ofSeconds(5));
            assertThat(update.deleted()).isTrue();
            assertThat(update.version()).isEqualTo(1);
        }
    }

    @Test
    void findEmployeeAnswersTheViewOrNothing() throws Exception {
        projection.on(event(0, Role.AUDITOR, false), ReplayStatus.REGULAR);

        assertThat(queryGateway.query(new FindEmployee(id), EmployeeView.class).get().role()).isEqualTo(Role.AUDITOR);
        assertThat(queryGateway.query(new FindEmployee(UUID.randomUUID()), EmployeeView.class).get()).isNull();
    }

    private EmployeeCreated event(long sequence, Role role, boolean deleted) {
        return new EmployeeCreated(id, sequence, Instant.now(), "sofie@kea.dk", "Sofie", "Hansen", role, HASH, deleted);
    }
}
