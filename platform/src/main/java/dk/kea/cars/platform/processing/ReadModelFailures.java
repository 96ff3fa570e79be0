package dk.kea.cars.platform.processing;

import dk.kea.cars.platform.outage.StoreOutage;
import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import org.axonframework.common.AxonTransientException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Whether an event handler failed because of the event or because of the moment. A <b>transient</b> failure says
 * that a store, the network or a lock was not available: the store outages of {@link StoreOutage}, what Spring and
 * JDBC call transient or recoverable (lock timeouts, deadlocks, optimistic-locking conflicts, query timeouts), the
 * MongoDB driver's socket, timeout and failover errors, Axon's transient exceptions, and an interrupted thread (a
 * processor shutting down). The same event will succeed later, so it is retried and never parked. Any other failure
 * is the event's own and would fail every time: that one is parked in the dead-letter queue.
 */
public final class ReadModelFailures {

    /** Transient failures known by name, so their libraries need not be on every service's classpath. */
    private static final Set<String> TRANSIENT_TYPES = Set.of(
            "com.mongodb.MongoSocketException",
            "com.mongodb.MongoTimeoutException",
            "com.mongodb.MongoNotPrimaryException",
            "com.mongodb.MongoNodeIsRecoveringException",
            "com.mongodb.MongoConnectionPoolClearedException",
            "com.mongodb.MongoInterruptedException",
            "jakarta.persistence.LockTimeoutException",
            "jakarta.persistence.PessimisticLockException",
            "jakarta.persistence.QueryTimeoutException");

    private ReadModelFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        if (Thread.currentThread().isInterrupted() || StoreOutage.isOutage(failure)) {
            return true;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (isTransientItself(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransientItself(Throwable failure) {
        return failure instanceof TransientDataAccessException
                || failure instanceof RecoverableDataAccessException
                || failure instanceof SQLTransientException
                || failure instanceof SQLRecoverableException
                || failure instanceof AxonTransientException
                || failure instanceof InterruptedException
                || failure instanceof InterruptedIOException
                || failure instanceof ClosedByInterruptException
                || isKnownTransient(failure.getClass());
    }

    private static boolean isKnownTransient(Class<?> type) {
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            if (TRANSIENT_TYPES.contains(current.getName())) {
                return true;
            }
        }
        return false;
    }
}
