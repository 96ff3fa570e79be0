package dk.kea.cars.query.store;

import dk.kea.cars.platform.processing.SubscribedViews;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * A projection that keeps one row per aggregate from that aggregate's events alone, answers the {@code Find…} query
 * of one row, and tells that query's subscribers about every row it stores (read-your-writes). A subclass declares
 * the {@code @EventHandler} and {@code @QueryHandler} for its own event and query types and calls these.
 *
 * @param <R> the row
 * @param <V> the view the row is shown as
 */
@ProcessingGroup("query-side")
public abstract class RowProjection<R extends VersionedRow, V> {

    private final JpaRepository<R, UUID> rows;
    private final Function<UUID, R> newRow;
    private final Function<R, V> toView;
    private final Function<UUID, ?> findQuery;
    private final QueryUpdateEmitter emitter;

    /**
     * @param newRow    the row of an aggregate no event has reached yet
     * @param findQuery the {@code Find…} query of one row, by id
     */
    protected RowProjection(JpaRepository<R, UUID> rows, Function<UUID, R> newRow, Function<R, V> toView,
                            Function<UUID, ?> findQuery, QueryUpdateEmitter emitter) {
        this.rows = rows;
        this.newRow = newRow;
        this.toView = toView;
        this.findQuery = findQuery;
        this.emitter = emitter;
    }

    /** Stores the row of {@code id} when {@code apply} changed it (it refuses what {@code VersionGate} rules out). */
    protected void update(UUID id, Predicate<R> apply) {
        R row = rows.findById(id).orElseGet(() -> newRow.apply(id));
        if (!apply.test(row)) {
            return;
        }
        R stored = rows.save(row);
        SubscribedViews.emit(emitter, findQuery.apply(id), () -> toView.apply(stored));
    }

    /** The view of the row of {@code id}, or {@code null}: a query handler's "nothing". */
    protected V find(UUID id) {
        return rows.findById(id).map(toView).orElse(null);
    }
}
