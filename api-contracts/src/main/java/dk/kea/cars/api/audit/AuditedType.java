package dk.kea.cars.api.audit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The aggregate types an auditor can ask about (spec §1), by the lower-case name they have in audit URLs. */
public enum AuditedType {
    EMPLOYEE, CUSTOMER, INSURANCE, BRAND, COLOR, ACCESSORY, MODEL, CAR, PURCHASE;

    /** The name in URLs and in audit entries, e.g. {@code car}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a stored event's aggregate type (Axon's aggregate class name, e.g. {@code Car}) is this one. */
    public boolean isTypeOf(String storedAggregateType) {
        return name().equalsIgnoreCase(storedAggregateType);
    }

    /** The type with this slug; empty for anything else (never echoed back to the caller). */
    public static Optional<AuditedType> fromSlug(String slug) {
        return Arrays.stream(values()).filter(type -> type.slug().equals(slug)).findFirst();
    }
}
