package dk.kea.cars.command.lookup;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A {@link CarReferences} for given-when-then fixtures: the rules of {@link LookupCarReferences}, as in
 * {@code JpaCarReferences}, over maps instead of lookup tables. {@link #withSeedCatalog()} knows the catalog prices of
 * {@code catalog-seed.json} that the car tests use.
 */
public final class InMemoryCarReferences extends LookupCarReferences {

    // colors of catalog-seed.json
    public static final UUID BLACK = UUID.fromString("e2164054-4cb8-49d5-a0da-eca5b36a0b3b");
    public static final UUID BLUE = UUID.fromString("5e755eb3-0099-4cdd-b064-d8bd95968109");
    public static final UUID RED = UUID.fromString("74251648-a7b1-492a-ab2a-f2248c58da00");
    public static final UUID SILVER = UUID.fromString("14382aba-6fe6-405d-a5e2-0b8cfd1f9582");
    public static final UUID WHITE = UUID.fromString("7bb35b1d-37ff-43c2-988a-cf85c5b6d690");
    // models
    public static final UUID R8 = UUID.fromString("d4bd413c-00d8-45ce-be0e-1d1333ac5e75");
    public static final UUID SERIES_1 = UUID.fromString("ed996516-a141-4f4e-8991-3edeaba81c14");
    // accessories
    public static final UUID TINTED_WINDOWS = UUID.fromString("e7858d25-49e7-4ad5-821c-100de2b18918");
    public static final UUID ADAPTIVE_HEADLIGHTS = UUID.fromString("e620ec3c-625d-4bde-9b77-f7449b6352d5");
    public static final UUID HEATED_SEATS = UUID.fromString("fc8f689e-9615-4cf6-9664-31400db7ebea");
    // insurances
    public static final UUID FLAT_TIRE = UUID.fromString("8456043d-5fb0-49bf-ac2c-51567a32cc87");
    public static final UUID BROKEN_WINDOW = UUID.fromString("76b21d38-2103-4464-84f2-c87178e4a30c");
    public static final UUID EARTHQUAKE = UUID.fromString("37074fac-26da-4e38-9ae6-acbe755359e5");

    private record Entry(LookupKind kind, BigDecimal price, Set<UUID> colorIds, boolean deleted) implements Reference {
    }

    private final Map<UUID, Entry> entries = new HashMap<>();
    private final Map<UUID, Boolean> employeesDeleted = new HashMap<>();

    /** The seed catalog entries above, with their seed prices (two decimals, as the lookup projection stores them). */
    public static InMemoryCarReferences withSeedCatalog() {
        InMemoryCarReferences references = new InMemoryCarReferences();
        references.color(BLACK, "0.00").color(BLUE, "99.95").color(RED, "199.95").color(SILVER, "299.95")
                .color(WHITE, "399.95");
        references.model(R8, "10000.95", BLACK, WHITE);
        references.model(SERIES_1, "10090.95", BLACK, BLUE, RED, SILVER, WHITE);
        references.accessory(TINTED_WINDOWS, "99.95").accessory(ADAPTIVE_HEADLIGHTS, "99.95")
                .accessory(HEATED_SEATS, "99.95");
        references.insurance(FLAT_TIRE, "9.95").insurance(BROKEN_WINDOW, "19.95").insurance(EARTHQUAKE, "29.95");
        return references;
    }

    public InMemoryCarReferences customer(UUID id) {
        entries.put(id, new Entry(LookupKind.CUSTOMER, null, Set.of(), false));
        return this;
    }

    /** The customer's lookup entry is a tombstone (the customer was deleted). */
    public InMemoryCarReferences deletedCustomer(UUID id) {
        entries.put(id, new Entry(LookupKind.CUSTOMER, null, Set.of(), true));
        return this;
    }

    public InMemoryCarReferences employee(UUID id) {
        employeesDeleted.put(id, false);
        return this;
    }

    public InMemoryCarReferences deletedEmployee(UUID id) {
        employeesDeleted.put(id, true);
        return this;
    }

    public InMemoryCarReferences model(UUID id, String price, UUID... colorIds) {
        entries.put(id, new Entry(LookupKind.MODEL, new BigDecimal(price), Set.of(colorIds), false));
        return this;
    }

    public InMemoryCarReferences color(UUID id, String price) {
        entries.put(id, new Entry(LookupKind.COLOR, new BigDecimal(price), Set.of(), false));
        return this;
    }

    public InMemoryCarReferences accessory(UUID id, String price) {
        entries.put(id, new Entry(LookupKind.ACCESSORY, new BigDecimal(price), Set.of(), false));
        return this;
    }

    public InMemoryCarReferences insurance(UUID id, String price) {
        entries.put(id, new Entry(LookupKind.INSURANCE, new BigDecimal(price), Set.of(), false));
        return this;
    }

    @Override
    protected Optional<Entry> reference(UUID id) {
        return Optional.ofNullable(entries.get(id));
    }

    @Override
    protected Optional<Boolean> employeeDeleted(UUID id) {
        return Optional.ofNullable(employeesDeleted.get(id));
    }
}
