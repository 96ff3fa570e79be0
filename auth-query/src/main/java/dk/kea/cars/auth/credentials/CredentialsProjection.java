package dk.kea.cars.auth.credentials;

import dk.kea.cars.platform.processing.VersionGate;
import dk.kea.cars.api.employee.CredentialsVersion;
import dk.kea.cars.api.employee.EmployeeEvent;
import dk.kea.cars.api.employee.FindCredentials;
import dk.kea.cars.auth.AuthTokenStoreConfig;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code auth_credentials} in step with the Employee events. One handler takes the sealed
 * {@link EmployeeEvent}, so it sees every kind the command side emits: {@code EmployeeCreated},
 * {@code EmployeeUpdated} (email, names, role, password hash), {@code EmployeeDeleted} (tombstone: login refused)
 * and {@code EmployeeUndeleted} (login works again with the hash the employee had). Every event carries the
 * employee's full state, so each applied one replaces the employee's single document, found by its id: an email
 * change moves that document's entry in the unique email index and never leaves a second document behind. Which event
 * applies is {@link VersionGate}'s rule: live, events at or below the stored version (older or redelivered) are
 * skipped; a replay rewrites each document in place from its latest event. Every applied event, tombstones included, is
 * emitted as a {@link CredentialsVersion} to {@link FindCredentials} subscribers, which is how the command side
 * waits until a change is visible to logins.
 */
@Component
@ProcessingGroup(AuthTokenStoreConfig.PROCESSING_GROUP)
public class CredentialsProjection {

    private final AuthCredentialsStore store;
    private final QueryUpdateEmitter emitter;

    public CredentialsProjection(AuthCredentialsStore store, QueryUpdateEmitter emitter) {
        this.store = store;
        this.emitter = emitter;
    }

    @EventHandler
    public void on(EmployeeEvent event, ReplayStatus status) {
        boolean admitted = store.byId(event.id())
                .map(current -> VersionGate.admits(event.sequence(), current.version(), status)).orElse(true);
        if (!admitted) {
            return;
        }
        AuthCredentialsDocument stored = store.save(AuthCredentialsDocument.from(event));
        UUID id = event.id();
        CredentialsVersion version = new CredentialsVersion(id, stored.version());
        emitter.emit(FindCredentials.class, query -> query.id().equals(id), version);
    }

    /** Tells how far this read model is for one employee; never the hash. */
    @QueryHandler
    public CredentialsVersion handle(FindCredentials query) {
        return store.byId(query.id()).map(found -> new CredentialsVersion(found.employeeId(), found.version()))
                .orElse(null);
    }
}
