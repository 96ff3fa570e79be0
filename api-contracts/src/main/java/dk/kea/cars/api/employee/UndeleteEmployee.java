package dk.kea.cars.api.employee;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Brings a tombstoned employee back, with the password they had. */
public record UndeleteEmployee(@TargetAggregateIdentifier UUID id, Long expectedVersion) {
}
