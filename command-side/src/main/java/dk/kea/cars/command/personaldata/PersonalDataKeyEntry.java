package dk.kea.cars.command.personaldata;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.Persistable;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One person's key. An erasure clears {@code key_material} and sets {@code erased_at}: the row stays so an erased
 * person is told from one stored before encryption (whose old events are text), and no key is ever made again.
 * Has no {@code toString} of its own: the key appears in no log.
 */
@Entity
@Table(name = "cmd_personal_data_key")
class PersonalDataKeyEntry implements Persistable<UUID> {

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "subject_id", length = 36)
    private UUID subjectId;

    @Column(name = "key_material", length = 32)
    private byte[] keyMaterial;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "erased_at")
    private Instant erasedAt;

    /** A new key is always inserted, never merged over a key a concurrent create stored a moment ago. */
    @Transient
    private boolean fresh;

    protected PersonalDataKeyEntry() {
    }

    private PersonalDataKeyEntry(UUID subjectId, byte[] keyMaterial, Instant createdAt, Instant erasedAt) {
        this.subjectId = subjectId;
        this.keyMaterial = keyMaterial;
        this.createdAt = createdAt;
        this.erasedAt = erasedAt;
        this.fresh = true;
    }

    static PersonalDataKeyEntry newKey(UUID subject, byte[] key, Instant now) {
        return new PersonalDataKeyEntry(subject, key, now, null);
    }

    /** An erased person that never had a key (stored before encryption). */
    static PersonalDataKeyEntry erasedWithoutKey(UUID subject, Instant now) {
        return new PersonalDataKeyEntry(subject, null, now, now);
    }

    @Override
    public UUID getId() {
        return subjectId;
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

    Optional<byte[]> key() {
        return Optional.ofNullable(keyMaterial).map(byte[]::clone);
    }

    void erase(Instant now) {
        if (keyMaterial != null) {
            java.util.Arrays.fill(keyMaterial, (byte) 0);
        }
        keyMaterial = null;
        erasedAt = now;
    }
}
