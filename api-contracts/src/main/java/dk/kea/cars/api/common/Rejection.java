package dk.kea.cars.api.common;

import org.axonframework.commandhandling.CommandExecutionException;

/**
 * Why a command was refused. Travels as the details of a {@link CommandExecutionException}, so it survives the trip
 * from a command handler in another process (through Axon Server) back to the REST layer that maps it to a status.
 */
public record Rejection(Kind kind, String detail) {

    public enum Kind {
        NOT_FOUND, CONFLICT, VERSION_MISMATCH, RULE_VIOLATED, FORBIDDEN
    }

    public static CommandExecutionException notFound(String detail) {
        return of(Kind.NOT_FOUND, detail);
    }

    public static CommandExecutionException conflict(String detail) {
        return of(Kind.CONFLICT, detail);
    }

    public static CommandExecutionException versionMismatch(String detail) {
        return of(Kind.VERSION_MISMATCH, detail);
    }

    public static CommandExecutionException ruleViolated(String detail) {
        return of(Kind.RULE_VIOLATED, detail);
    }

    public static CommandExecutionException forbidden(String detail) {
        return of(Kind.FORBIDDEN, detail);
    }

    private static CommandExecutionException of(Kind kind, String detail) {
        return new CommandExecutionException(detail, null, new Rejection(kind, detail));
    }
}
