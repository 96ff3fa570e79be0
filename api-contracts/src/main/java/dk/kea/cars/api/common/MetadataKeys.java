package dk.kea.cars.api.common;

/** Metadata every command and event carries (spec §7). */
public final class MetadataKeys {

    public static final String EMPLOYEE_ID = "employeeId";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";
    public static final String CLIENT_ADDRESS = "clientAddress";
    /** The acting employee of work the system does by itself (seeding, bootstrap). */
    public static final String SYSTEM = "system";

    private MetadataKeys() {
    }
}
