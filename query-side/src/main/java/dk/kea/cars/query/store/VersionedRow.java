package dk.kea.cars.query.store;

import dk.kea.cars.platform.processing.VersionGate;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;
import org.axonframework.eventhandling.ReplayStatus;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What every read-model row has: its aggregate's id, and {@code version}, the sequence of the last event it
 * applied ({@code -1} before the first), which {@link VersionGate} compares each event with.
 */
@MappedSuperclass
public abstract class VersionedRow {

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @Column(nullable = false)
    private long version;

    protected VersionedRow() {
    }

    /** A row no event has reached yet: every sequence, 0 included, is newer. */
    protected VersionedRow(UUID id) {
        this.id = id;
        this.version = -1;
    }

    /** Whether the event may change this row: not when older, nor live when not newer. */
    protected boolean admits(long sequence, ReplayStatus status) {
        return VersionGate.admits(sequence, version, status);
    }

    /** Records that the row now reflects the event with this sequence. */
    protected void appliedUpTo(long sequence) {
        version = sequence;
    }

    public UUID getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }
}
