package dk.kea.cars.auth;

import static org.axonframework.eventhandling.ReplayStatus.REGULAR;
import static org.axonframework.eventhandling.ReplayStatus.REPLAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import dk.kea.cars.api.common.Role;
import dk.kea.cars.api.employee.CredentialsVersion;
import dk.kea.cars.api.employee.EmployeeCreated;
import dk.kea.cars.api.employee.EmployeeDeleted;
import dk.kea.cars.api.employee.EmployeeUndeleted;
import dk.kea.cars.api.employee.EmployeeUpdated;
import dk.kea.cars.api.employee.FindCredentials;
import dk.kea.cars.auth.credentials.AuthCredentialsDocument;
import dk.kea.cars.auth.credentials.AuthCredentialsStore;
import dk.kea.cars.auth.credentials.CredentialsProjection;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.index.IndexInfo;

/** Feeds Employee events straight into the projection's handler and reads what it stored. */
class CredentialsProjectionTest extends AuthQueryTestBase {

    @Autowired
    CredentialsProjection projection;
    @Autowired
    QueryGateway queries;
    @Autowired
    AuthCredentialsStore store;

    private final UUID id = UUID.randomUUID();

    @Test
    void createStoresWhatALoginNeeds() {
        String email = uniqueEmail();

        projection.on(employeeCreated(id, email, Role.MANAGER, false), REGULAR);

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
        projection.on(employeeCreated(id, uniqueEmail(), Role.SALES_PERSON, true), REGULAR);

        assertThat(stored().deleted()).isTrue();
    }

    @Test
    void laterEventReplacesTheState() {
        projection.on(employeeCreated(id, uniqueEmail(), Role.SALES_PERSON, false), REGULAR);
        String newEmail = uniqueEmail();

        projection.on(atSequence(1, newEmail, Role.ADMIN, true), REGULAR);

        assertThat(stored().email()).isEqualTo(newEmail);
        assertThat(stored().role()).isEqualTo(Role.ADMIN);
        assertThat(stored().deleted()).isTrue();
        assertThat(projection.handle(new FindCredentials(id)).version()).isEqualTo(1);
    }

    @Test
    void redeliveryOfAnAppliedSequenceChangesNothing() {
        EmployeeCreated created = employeeCreated(id, uniqueEmail(), Role.MANAGER, false);
        projection.on(created, REGULAR);
        AuthCredentialsDocument before = stored();

        projection.on(created, REGULAR);
        projection.on(atSequence(0, uniqueEmail(), Role.ADMIN, true), REGULAR);

        assertThat(stored()).usingRecursiveComparison().isEqualTo(before);
    }

    @Test
    void replayRewritesADocumentChangedByHandFromItsLatestEventAndSkipsOlderOnes() {
        String email = uniqueEmail();
        EmployeeCreated created = employeeCreated(id, uniqueEmail(), Role.MANAGER, false);
        EmployeeUpdated latest = employeeUpdated(id, 1, email, Role.AUDITOR, PASSWORD_HASH);
        projection.on(created, REGULAR);
        projection.on(latest, REGULAR);
        AuthCredentialsDocument good = stored();
        mongo.updateFirst(query(where("_id").is(id.toString())),
                new org.springframework.data.mongodb.core.query.Update().set("role", Role.ADMIN.name()),
                AuthCredentialsDocument.class);

        projection.on(created, REPLAY);
        assertThat(stored().role()).as("an older event is not replayed over a newer row").isEqualTo(Role.ADMIN);
        projection.on(latest, REPLAY);

        assertThat(stored()).usingRecursiveComparison().isEqualTo(good);
    }

    @Test
    void olderEventArrivingLateIsIgnored() {
        String newest = uniqueEmail();
        projection.on(atSequence(4, newest, Role.AUDITOR, false), REGULAR);

        projection.on(atSequence(3, uniqueEmail(), Role.ADMIN, true), REGULAR);

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

            projection.on(employeeCreated(id, uniqueEmail(), Role.MANAGER, false), REGULAR);

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

    @Test
    void updateChangesEmailRoleAndHashInTheSameDocument() {
        String oldEmail = uniqueEmail();
        String newEmail = uniqueEmail();
        String newHash = BCRYPT.encode("Another-Horse-43");
        projection.on(employeeCreated(id, oldEmail, Role.SALES_PERSON, false), REGULAR);

        projection.on(employeeUpdated(id, 1, newEmail, Role.MANAGER, newHash), REGULAR);

        AuthCredentialsDocument stored = stored();
        assertThat(stored.email()).isEqualTo(newEmail);
        assertThat(stored.role()).isEqualTo(Role.MANAGER);
        assertThat(stored.passwordHash()).isEqualTo(newHash);
        assertThat(stored.deleted()).isFalse();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(documentsOf(id)).isEqualTo(1);
        assertThat(store.byEmail(oldEmail)).isEmpty();
        assertThat(store.byEmail(newEmail)).map(AuthCredentialsDocument::employeeId).contains(id);
    }

    @Test
    void uniqueEmailIndexSurvivesAnEmailChange() {
        String oldEmail = uniqueEmail();
        String newEmail = uniqueEmail();
        projection.on(employeeCreated(id, oldEmail, Role.MANAGER, false), REGULAR);
        projection.on(employeeUpdated(id, 1, newEmail, Role.MANAGER, PASSWORD_HASH), REGULAR);

        UUID other = UUID.randomUUID();
        projection.on(employeeCreated(other, oldEmail, Role.AUDITOR, false), REGULAR);

        assertThat(store.byEmail(oldEmail)).map(AuthCredentialsDocument::employeeId).contains(other);
        assertThat(mongo.count(query(where("email").is(newEmail)), AuthCredentialsDocument.class)).isEqualTo(1);
        assertThat(mongo.count(query(where("email").is(oldEmail)), AuthCredentialsDocument.class)).isEqualTo(1);
        UUID third = UUID.randomUUID();
        assertThatThrownBy(() -> projection.on(employeeCreated(third, newEmail, Role.AUDITOR, false), REGULAR))
                .as("the moved email is still unique").isInstanceOf(DuplicateKeyException.class);
        assertThat(documentsOf(third)).isZero();
        assertThat(mongo.indexOps(AuthCredentialsDocument.class).getIndexInfo())
                .filteredOn(index -> index.getIndexFields().get(0).getKey().equals("email"))
                .singleElement().extracting(IndexInfo::isUnique).isEqualTo(true);
    }

    @Test
    void deleteKeepsTheLastStateMarkedDeleted() {
        String email = uniqueEmail();
        projection.on(employeeCreated(id, email, Role.MANAGER, false), REGULAR);

        projection.on(employeeDeleted(id, 1, email, Role.MANAGER), REGULAR);

        AuthCredentialsDocument stored = stored();
        assertThat(stored.deleted()).isTrue();
        assertThat(stored.email()).isEqualTo(email);
        assertThat(stored.passwordHash()).isEqualTo(PASSWORD_HASH);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(projection.handle(new FindCredentials(id))).isEqualTo(new CredentialsVersion(id, 1));
    }

    @Test
    void aTombstoneCountsAsDeletedWhateverItsFlagSays() {
        String email = uniqueEmail();
        projection.on(employeeCreated(id, email, Role.ADMIN, false), REGULAR);

        projection.on(new EmployeeDeleted(id, 1, Instant.now(), email, "Henrik-Henry", "Hansen", Role.ADMIN,
                PASSWORD_HASH, false), REGULAR);

        assertThat(stored().deleted()).isTrue();
    }

    @Test
    void undeleteBringsBackTheOldPasswordHash() {
        String email = uniqueEmail();
        projection.on(employeeCreated(id, email, Role.SALES_PERSON, false), REGULAR);
        projection.on(employeeDeleted(id, 1, email, Role.SALES_PERSON), REGULAR);

        projection.on(employeeUndeleted(id, 2, email, Role.SALES_PERSON), REGULAR);

        AuthCredentialsDocument stored = stored();
        assertThat(stored.deleted()).isFalse();
        assertThat(stored.passwordHash()).isEqualTo(PASSWORD_HASH);
        assertThat(stored.version()).isEqualTo(2);
        assertThat(documentsOf(id)).isEqualTo(1);
    }

    @Test
    void olderAndRedeliveredEventsOfEveryKindAreIgnored() {
        String first = uniqueEmail();
        String last = uniqueEmail();
        projection.on(employeeCreated(id, first, Role.SALES_PERSON, false), REGULAR);
        projection.on(employeeUpdated(id, 1, last, Role.MANAGER, PASSWORD_HASH), REGULAR);
        projection.on(employeeDeleted(id, 2, last, Role.MANAGER), REGULAR);
        EmployeeUndeleted undeleted = employeeUndeleted(id, 3, last, Role.MANAGER);
        projection.on(undeleted, REGULAR);
        AuthCredentialsDocument before = stored();

        projection.on(undeleted, REGULAR);
        projection.on(employeeDeleted(id, 3, last, Role.MANAGER), REGULAR);
        projection.on(employeeDeleted(id, 2, last, Role.MANAGER), REGULAR);
        projection.on(employeeUpdated(id, 1, uniqueEmail(), Role.ADMIN, BCRYPT.encode("Stale-Password-1")), REGULAR);
        projection.on(employeeCreated(id, first, Role.SALES_PERSON, false), REGULAR);

        assertThat(stored()).usingRecursiveComparison().isEqualTo(before);
        assertThat(before.deleted()).isFalse();
        assertThat(before.email()).isEqualTo(last);
        assertThat(before.version()).isEqualTo(3);
        assertThat(store.byEmail(first)).isEmpty();
    }

    @Test
    void everyAppliedEventIsEmittedTombstonesIncludedAndSkippedOnesAreNot() {
        String email = uniqueEmail();
        SubscriptionQueryResult<CredentialsVersion, CredentialsVersion> subscription = queries.subscriptionQuery(
                new FindCredentials(id), ResponseTypes.instanceOf(CredentialsVersion.class),
                ResponseTypes.instanceOf(CredentialsVersion.class));
        try {
            assertThat(subscription.initialResult().block(Duration.ofSeconds(5))).isNull();

            projection.on(employeeCreated(id, email, Role.MANAGER, false), REGULAR);
            projection.on(employeeUpdated(id, 1, email, Role.ADMIN, PASSWORD_HASH), REGULAR);
            projection.on(employeeUpdated(id, 1, email, Role.ADMIN, PASSWORD_HASH), REGULAR);
            projection.on(employeeDeleted(id, 2, email, Role.ADMIN), REGULAR);
            projection.on(employeeCreated(id, email, Role.MANAGER, false), REGULAR);
            projection.on(employeeUndeleted(id, 3, email, Role.ADMIN), REGULAR);

            assertThat(subscription.updates().take(4).collectList().block(Duration.ofSeconds(5)))
                    .extracting(CredentialsVersion::version).containsExactly(0L, 1L, 2L, 3L);
        } finally {
            subscription.close();
        }
    }

    private EmployeeCreated atSequence(long sequence, String email, Role role, boolean deleted) {
        return new EmployeeCreated(id, sequence, Instant.now(), email, "Henrik-Henry", "Hansen", role, PASSWORD_HASH,
                deleted);
    }

    private long documentsOf(UUID employee) {
        return mongo.count(query(where("_id").is(employee.toString())), AuthCredentialsDocument.class);
    }

    private AuthCredentialsDocument stored() {
        return mongo.findById(id.toString(), AuthCredentialsDocument.class);
    }
}
