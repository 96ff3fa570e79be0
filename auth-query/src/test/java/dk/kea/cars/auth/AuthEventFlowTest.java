package dk.kea.cars.auth;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kea.cars.api.common.Role;
import dk.kea.cars.api.employee.CredentialsVersion;
import dk.kea.cars.api.employee.FindCredentials;
import dk.kea.cars.auth.credentials.AuthCredentialsDocument;
import java.time.Duration;
import java.util.UUID;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An EmployeeCreated travels through Axon's event store and the auth-query tracking processor, as in production. */
class AuthEventFlowTest extends AuthQueryTestBase {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    EventGateway events;
    @Autowired
    QueryGateway queries;

    @Test
    void commandSideLearnsWhenTheNewEmployeeCanLogIn() {
        UUID id = UUID.randomUUID();
        SubscriptionQueryResult<CredentialsVersion, CredentialsVersion> subscription = queries.subscriptionQuery(
                new FindCredentials(id), ResponseTypes.instanceOf(CredentialsVersion.class),
                ResponseTypes.instanceOf(CredentialsVersion.class));
        try {
            events.publish(employeeCreated(id, uniqueEmail(), Role.MANAGER, false));

            assertThat(subscription.updates().blockFirst(WAIT)).isEqualTo(new CredentialsVersion(id, 0));
            assertThat(queries.query(new FindCredentials(id), CredentialsVersion.class).join())
                    .isEqualTo(new CredentialsVersion(id, 0));
        } finally {
            subscription.close();
        }
    }

    /** The sealed EmployeeEvent handler receives all four kinds from the real processor, and each is announced. */
    @Test
    void everyEmployeeEventKindReachesTheCredentialsAndIsAnnounced() {
        UUID id = UUID.randomUUID();
        String email = uniqueEmail();
        String changedEmail = uniqueEmail();
        SubscriptionQueryResult<CredentialsVersion, CredentialsVersion> subscription = queries.subscriptionQuery(
                new FindCredentials(id), ResponseTypes.instanceOf(CredentialsVersion.class),
                ResponseTypes.instanceOf(CredentialsVersion.class));
        try {
            events.publish(employeeCreated(id, email, Role.SALES_PERSON, false),
                    employeeUpdated(id, 1, changedEmail, Role.MANAGER, PASSWORD_HASH),
                    employeeDeleted(id, 2, changedEmail, Role.MANAGER),
                    employeeDeleted(id, 2, changedEmail, Role.MANAGER),
                    employeeUndeleted(id, 3, changedEmail, Role.MANAGER));

            assertThat(subscription.updates().take(4).collectList().block(WAIT))
                    .extracting(CredentialsVersion::version).containsExactly(0L, 1L, 2L, 3L);
            AuthCredentialsDocument stored = mongo.findById(id.toString(), AuthCredentialsDocument.class);
            assertThat(stored.email()).isEqualTo(changedEmail);
            assertThat(stored.role()).isEqualTo(Role.MANAGER);
            assertThat(stored.deleted()).isFalse();
            assertThat(stored.version()).isEqualTo(3);
            assertThat(queries.query(new FindCredentials(id), CredentialsVersion.class).join())
                    .isEqualTo(new CredentialsVersion(id, 3));
        } finally {
            subscription.close();
        }
    }

    @Test
    void processorKeepsItsTokenInMongo() {
        events.publish(employeeCreated(UUID.randomUUID(), uniqueEmail(), Role.AUDITOR, false));

        await().atMost(WAIT).untilAsserted(() -> {
            Document token = mongo.getCollection("auth_tracking_tokens")
                    .find(eq("processorName", "auth-query")).first();
            assertThat(token).isNotNull();
            assertThat(token.get("token")).isNotNull();
        });
    }
}
