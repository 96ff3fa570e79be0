package dk.kea.cars.platform.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/** Which handler failures are the moment's (retried) and which the event's own (parked). */
class ReadModelFailuresTest {

    @Test
    void anUnreachableStoreALockOrATimeoutIsTransientAlsoWhenWrapped() {
        assertThat(ReadModelFailures.isTransient(new DataAccessResourceFailureException("MongoDB is down"))).isTrue();
        assertThat(ReadModelFailures.isTransient(new SQLException("connection refused", "08001"))).isTrue();
        assertThat(ReadModelFailures.isTransient(new CannotAcquireLockException("lock wait timeout"))).isTrue();
        assertThat(ReadModelFailures.isTransient(new OptimisticLockingFailureException("changed meanwhile")))
                .isTrue();
        assertThat(ReadModelFailures.isTransient(new SQLTransientConnectionException("pool exhausted"))).isTrue();
        assertThat(ReadModelFailures.isTransient(
                new IllegalStateException("handler failed", new SocketTimeoutException("read timed out")))).isTrue();
    }

    @Test
    void aBugOrBadDataIsTheEventsOwn() {
        assertThat(ReadModelFailures.isTransient(new IllegalStateException("no such model"))).isFalse();
        assertThat(ReadModelFailures.isTransient(new NullPointerException())).isFalse();
        assertThat(ReadModelFailures.isTransient(new DataIntegrityViolationException("value too long"))).isFalse();
        assertThat(ReadModelFailures.isTransient(new SQLException("duplicate key", "23505"))).isFalse();
    }

    @Test
    void anyFailureOfAnInterruptedThreadIsTransient() {
        Thread.currentThread().interrupt();
        try {
            assertThat(ReadModelFailures.isTransient(new IllegalStateException("statement cancelled"))).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
