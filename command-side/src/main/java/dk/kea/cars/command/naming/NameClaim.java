package dk.kea.cars.command.naming;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One name held by one entity; the primary key (scope + name) is what makes concurrent claims safe. */
@Entity
@Table(name = "cmd_name_claim")
public class NameClaim implements Persistable<String> {

    @Id
    @Column(name = "claim_key", length = 120)
    private String claimKey;

    @Column(name = "scope", length = 20, nullable = false)
    private String scope;

    @Column(name = "name_key", length = 100, nullable = false)
    private String nameKey;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "owner_id", length = 36, nullable = false)
    private UUID ownerId;

    /** When the claim was made; null for claims made before this was recorded. */
    @Column(name = "claimed_at")
    private Instant claimedAt;

    /**
     * A new claim is always inserted, never merged: a merge would find a claim committed a moment ago by a
     * concurrent request and silently take it over instead of failing on the primary key.
     */
    @Transient
    private boolean fresh;

    protected NameClaim() {
    }

    NameClaim(String scope, String nameKey, UUID ownerId, Instant claimedAt) {
        this.claimKey = scope + ":" + nameKey;
        this.scope = scope;
        this.nameKey = nameKey;
        this.ownerId = ownerId;
        this.claimedAt = claimedAt;
        this.fresh = true;
    }

    @Override
    public String getId() {
        return claimKey;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostPersist
    @PostLoad
    void stored() {
        fresh = false;
    }

    UUID ownerId() {
        return ownerId;
    }

    Optional<Instant> claimedAt() {
        return Optional.ofNullable(claimedAt);
    }
}
