package dk.kea.cars.platform.outage;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.axonframework.axonserver.connector.AxonServerException;
import org.axonframework.axonserver.connector.ErrorCode;
import org.axonframework.axonserver.connector.command.AxonServerCommandDispatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.util.Set;

/**
 * Whether a failure means the event store (Axon Server, or the database of a JPA store) could not be reached, so the
 * request was not stored and the same request may succeed later. Anything else is not an outage.
 */
public final class StoreOutage {

    /** Axon Server's codes for "not connected" and "no leader to append to". */
    private static final Set<String> AXON_SERVER_OUTAGES = Set.of(
            ErrorCode.CONNECTION_FAILED.errorCode(), ErrorCode.NO_EVENT_STORE_MASTER_AVAILABLE.errorCode());
    private static final Set<Status.Code> GRPC_OUTAGES = Set.of(Status.Code.UNAVAILABLE, Status.Code.DEADLINE_EXCEEDED);
    /** SQLSTATE class 08: connection exception. */
    private static final String SQL_CONNECTION_CLASS = "08";

    private StoreOutage() {
    }

    public static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (isOutageItself(cause)) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message, for a log line that says why without a stack trace. */
    public static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    private static boolean isOutageItself(Throwable failure) {
        return failure instanceof CannotCreateTransactionException
                || failure instanceof DataAccessResourceFailureException
                || failure instanceof TransientDataAccessResourceException
                || failure instanceof AxonServerCommandDispatchException
                || failure instanceof AxonServerException axon && AXON_SERVER_OUTAGES.contains(axon.code())
                || failure instanceof StatusRuntimeException grpc && GRPC_OUTAGES.contains(grpc.getStatus().getCode())
                || failure instanceof SQLException sql && sql.getSQLState() != null
                && sql.getSQLState().startsWith(SQL_CONNECTION_CLASS);
    }
}
