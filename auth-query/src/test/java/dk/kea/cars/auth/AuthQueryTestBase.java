package dk.kea.cars.auth;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dk.kea.cars.api.common.Role;
import dk.kea.cars.api.employee.EmployeeCreated;
import dk.kea.cars.api.employee.EmployeeDeleted;
import dk.kea.cars.api.employee.EmployeeUndeleted;
import dk.kea.cars.api.employee.EmployeeUpdated;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One Spring context for every test class of this module: MongoDB is an in-memory mongo-java-server, Axon runs
 * without Axon Server on an in-memory event store, so the real tracking processor and Mongo token store run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "axon.axonserver.enabled=false",
        "kea.cors.allowed-origins=http://localhost:*",
        "kea.auth.generate-dev-key=true",
        "kea.auth.token-lifetime=20m",
        "kea.auth.throttle.free-failures-per-address=1000",
        // long enough that a test is never slower than the first delay
        "kea.auth.throttle.first-delay=60s",
        "kea.security.bcrypt-strength=4",
        // mongo-java-server does not know the 'hello' command Boot's Mongo health check sends; a real MongoDB does
        "management.health.mongodb.enabled=false"})
@Import(AuthTestAxonConfig.class)
public abstract class AuthQueryTestBase {

    /** bcrypt is slow on purpose; tests hash at the lowest cost, as the command side would with strength 4. */
    protected static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(4);
    protected static final String PASSWORD = "Correct-Horse-42";
    protected static final String PASSWORD_HASH = BCRYPT.encode(PASSWORD);

    private static final MongoServer MONGO = startMongo();

    @Autowired
    protected MongoTemplate mongo;

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        InetSocketAddress address = MONGO.getLocalAddress();
        registry.add("spring.mongodb.uri",
                () -> "mongodb://" + address.getHostString() + ":" + address.getPort() + "/kea_auth_test");
    }

    protected static EmployeeCreated employeeCreated(UUID id, String email, Role role, boolean deleted) {
        return new EmployeeCreated(id, 0, Instant.parse("2025-03-01T10:00:00Z"), email, "Henrik-Henry", "Hansen",
                role, PASSWORD_HASH, deleted);
    }

    protected static EmployeeUpdated employeeUpdated(UUID id, long sequence, String email, Role role,
                                                     String passwordHash) {
        return new EmployeeUpdated(id, sequence, Instant.parse("2025-03-02T10:00:00Z").plusSeconds(sequence), email,
                "Henrik-Henry", "Hansen", role, passwordHash, false);
    }

    /** A tombstone: the employee's last full state (password hash {@link #PASSWORD_HASH}), marked deleted. */
    protected static EmployeeDeleted employeeDeleted(UUID id, long sequence, String email, Role role) {
        return new EmployeeDeleted(id, sequence, Instant.parse("2025-03-03T10:00:00Z").plusSeconds(sequence), email,
                "Henrik-Henry", "Hansen", role, PASSWORD_HASH, true);
    }

    /** Back from the tombstone with the hash the employee had ({@link #PASSWORD_HASH}). */
    protected static EmployeeUndeleted employeeUndeleted(UUID id, long sequence, String email, Role role) {
        return new EmployeeUndeleted(id, sequence, Instant.parse("2025-03-04T10:00:00Z").plusSeconds(sequence),
                email, "Henrik-Henry", "Hansen", role, PASSWORD_HASH, false);
    }

    /** A fresh email per test keeps the tests apart in the shared database and the login throttle. */
    protected static String uniqueEmail() {
        return "e" + UUID.randomUUID().toString().substring(0, 8) + "@kea-cars.dk";
    }

    private static MongoServer startMongo() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        return server;
    }

    /** A problem body without its correlation id, the one member that differs per request by design. */
    static String withoutCorrelationId(String problem) {
        tools.jackson.databind.node.ObjectNode body = (tools.jackson.databind.node.ObjectNode)
                tools.jackson.databind.json.JsonMapper.shared().readTree(problem);
        body.remove("correlation_id");
        return body.toString();
    }
}
