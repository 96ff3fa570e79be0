package dk.kea.cars.command.lookup;

/** What a {@link ReferenceEntry} stands for. */
public enum LookupKind {
    CUSTOMER, MODEL, COLOR, ACCESSORY, INSURANCE
}
