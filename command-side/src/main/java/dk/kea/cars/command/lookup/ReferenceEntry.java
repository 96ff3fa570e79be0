package dk.kea.cars.command.lookup;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * What the command side knows of an entity a car refers to: that it exists, whether it is deleted, its price and
 * (for models) the colors it is offered in. Maintained from events; never the source of truth.
 */
@Entity
@Table(name = "cmd_reference")
public class ReferenceEntry implements LookupCarReferences.Reference {

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LookupKind kind;

    @Column(precision = 12, scale = 2)
    private BigDecimal price;

    @Column(nullable = false)
    private boolean deleted;

    @Column(nullable = false)
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cmd_reference_color", joinColumns = @JoinColumn(name = "model_id"))
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "color_id", length = 36)
    private Set<UUID> colorIds = new HashSet<>();

    protected ReferenceEntry() {
    }

    ReferenceEntry(UUID id, LookupKind kind) {
        this.id = id;
        this.kind = kind;
        this.version = -1;
    }

    void apply(BigDecimal price, Set<UUID> colorIds, boolean deleted, long version) {
        this.price = price;
        this.colorIds.clear();
        this.colorIds.addAll(colorIds);
        this.deleted = deleted;
        this.version = version;
    }

    @Override
    public LookupKind kind() {
        return kind;
    }

    @Override
    public BigDecimal price() {
        return price;
    }

    @Override
    public boolean deleted() {
        return deleted;
    }

    @Override
    public Set<UUID> colorIds() {
        return Set.copyOf(colorIds);
    }

    long version() {
        return version;
    }
}
