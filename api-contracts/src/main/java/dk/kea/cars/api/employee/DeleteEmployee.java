package dk.kea.cars.api.employee;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Tombstones an employee; {@code actorId} is the admin asking (who may not delete themselves). */
public record DeleteEmployee(@TargetAggregateIdentifier UUID id, Long expectedVersion, UUID actorId) {
}
