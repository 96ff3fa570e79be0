package dk.kea.cars.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kea.cars.api.common.Role;
import dk.kea.cars.api.employee.CredentialsVersion;
import dk.kea.cars.api.employee.EmployeeCreated;
import dk.kea.cars.api.employee.FindCredentials;
import dk.kea.cars.auth.credentials.AuthCredentialsDocument;
import dk.kea.cars.auth.credentials.CredentialsProjection;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.index.IndexInfo;

/** Feeds Employee events straight into the projection's handler and reads what it stored. */
class CredentialsProjectionTest extends AuthQueryTestBase {

    @Autowired
    CredentialsProjection projection;
    @Autowired
    QueryGateway queries;

    private final UUID id = UUID.randomUUID();

    @Test
    void createStoresWhatALoginNeeds() {
        String email = uniqueEmail();

        projection.on(employeeCreated(id, email, Role.MANAGER, false));

        AuthCredentialsDocument stored = stored();
        assertThat(stored.email()).isEqualTo(email);
        assertThat(stored.passwordHash()).isEqualTo(PASSWORD_HASH);
        assertThat(stored.role()).isEqualTo(Role.MANAGER);
        assertThat(stored.firstName()).isEqualTo("Henrik-Henry");
        assertThat(stored.lastName()).isEqualTo("Hansen");
        assertThat(stored.deleted()).isFalse();
        assertThat(stored.version()).isZero();
        assertThat(projection.handle(new FindCredentials(id))).isEqualTo(new CredentialsVersion(id, 0));
    }

    @Test
    void deletedFlagIsKept() {
        projection.on(employeeCreated(id, uniqueEmail(), Role.SALES_PERSON, true));

        assertThat(stored().deleted()).isTrue();
    }

    @Test
    void laterEventReplacesTheState() {
        projection.on(employeeCreated(id, uniqueEmail(), Role.SALES_PERSON, false));
        String newEmail = uniqueEmail();

        projection.on(atSequence(1, newEmail, Role.ADMIN, true));

        assertThat(stored().email()).isEqualTo(newEmail);
        assertThat(stored().role()).isEqualTo(Role.ADMIN);
        assertThat(stored().deleted()).isTrue();
        assertThat(projection.handle(new FindCredentials(id)).version()).isEqualTo(1);
    }

    @Test
    void redeliveryOfAnAppliedSequenceChangesNothing() {
        EmployeeCreated created = employeeCreated(id, uniqueEmail(), Role.MANAGER, false);
        projection.on(created);
        AuthCredentialsDocument before = stored();

        projection.on(created);
        projection.on(atSequence(0, uniqueEmail(), Role.ADMIN, true));

        assertThat(stored()).usingRecursiveComparison().isEqualTo(before);
    }

    @Test
    void olderEventArrivingLateIsIgnored() {
        String newest = uniqueEmail();
        projection.on(atSequence(4, newest, Role.AUDITOR, false));

        projection.on(atSequence(3, uniqueEmail(), Role.ADMIN, true));

        assertThat(stored().email()).isEqualTo(newest);
        assertThat(stored().role()).isEqualTo(Role.AUDITOR);
        assertThat(stored().version()).isEqualTo(4);
    }

    @Test
    void unknownEmployeeHasNoCredentials() {
        assertThat(projection.handle(new FindCredentials(UUID.randomUUID()))).isNull();
    }

    @Test
    void subscribersLearnTheNewVersion() {
        SubscriptionQueryResult<CredentialsVersion, CredentialsVersion> subscription = queries.subscriptionQuery(
                new FindCredentials(id), ResponseTypes.instanceOf(CredentialsVersion.class),
                ResponseTypes.instanceOf(CredentialsVersion.class));
        try {
            assertThat(subscription.initialResult().block(Duration.ofSeconds(5))).isNull();

            projection.on(employeeCreated(id, uniqueEmail(), Role.MANAGER, false));

            assertThat(subscription.updates().blockFirst(Duration.ofSeconds(5)))
                    .isEqualTo(new CredentialsVersion(id, 0));
        } finally {
            subscription.close();
        }
    }

    @Test
    void emailIsUnique() {
        assertThat(mongo.indexOps(AuthCredentialsDocument.class).getIndexInfo())
                .filteredOn(index -> index.getIndexFields().get(0).getKey().equals("email"))
                .singleElement()
                .extracting(IndexInfo::isUnique)
                .isEqualTo(true);
    }

    private EmployeeCreated atSequence(long sequence, String email, Role role, boolean deleted) {
        return new EmployeeCreated(id, sequence, Instant.now(), email, "Henrik-Henry", "Hansen", role, PASSWORD_HASH,
                deleted);
    }

    private AuthCredentialsDocument stored() {
        return mongo.findById(id.toString(), AuthCredentialsDocument.class);
    }
}
