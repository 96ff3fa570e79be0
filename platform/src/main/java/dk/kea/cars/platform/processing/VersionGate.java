package dk.kea.cars.platform.processing;

import org.axonframework.eventhandling.ReplayStatus;

/**
 * The one rule by which every read-model row or document decides whether an event changes it, in every read model
 * (query-side's JPA rows, command-side's lookups, auth-query's credentials, public-query's catalog documents);
 * {@code version} is the sequence of the last event the row applied ({@code -1} for a row no event has reached yet).
 *
 * <h2>Rebuilding a read model: served consistently during the rebuild, in place</h2>
 * A replay ({@code POST /api/audit/projections/{name}/replay}: the processor's tokens are reset and it reads
 * the event store again from the first event) does <em>not</em> empty the tables or collections, and there is no
 * second model to swap in. The rows stay where they are and are rewritten in place:
 * <ul>
 *   <li><b>Live</b> (the event is new to the processor): an event applies only if its sequence is newer than the
 *       row's version; a redelivered or older event changes nothing.</li>
 *   <li><b>Replaying</b> (Axon hands the handler {@link ReplayStatus#REPLAY} for every event the processor had
 *       already handled before the reset): the event whose sequence <em>equals</em> the row's version is
 *       applied again, rewriting the row from that event's full state; older events are still ignored.</li>
 * </ul>
 * Why this and not a shadow model swapped in at the end: every event carries the entity's full state, so the
 * row's latest event alone rebuilds it; a second set of tables, a switch-over and twice the space would buy
 * nothing more. What it gives:
 * <ul>
 *   <li>Reads keep answering during a replay and always see, per row, a complete state that the entity really
 *       had, namely its latest one: a row is never removed, never emptied and never set back to an older
 *       state. Rows whose events the replay has not reached yet already hold their latest state.</li>
 *   <li>A replay repairs row content (a row changed by hand ends with the content of its latest event again)
 *       and recreates missing rows (a row deleted by hand is created again by its first event and then brought
 *       to its latest one). While that runs, only a row that was already wrong or missing may show an
 *       intermediate state.</li>
 *   <li>Derived state is kept: a car or purchase hidden because its customer or car was deleted stays hidden
 *       while its own latest event is re-applied (query-side's {@code DeletionCascadeProjection} hides it again
 *       in the same transaction), and the deletion re-applied later hides it again.</li>
 *   <li>A crash mid-replay resumes, it does not restart or leave a half model: Axon keeps the replay's
 *       {@code ReplayToken} in the token store, written in the same transaction as the rows of each batch, so
 *       a restarted processor continues replaying from the last committed event; and since no row was ever
 *       removed, the model is complete at every point in between.</li>
 * </ul>
 */
public final class VersionGate {

    private VersionGate() {
    }

    /**
     * Whether a row at {@code version} applies the event with {@code sequence}: live only a newer event, while
     * replaying also the event it already reflects (its state is written again), never an older one.
     */
    public static boolean admits(long sequence, long version, ReplayStatus status) {
        return status.isReplay() ? sequence >= version : sequence > version;
    }
}
