package dk.kea.cars.auth;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kea.cars.api.common.Role;
import dk.kea.cars.api.employee.CredentialsVersion;
import dk.kea.cars.api.employee.FindCredentials;
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
