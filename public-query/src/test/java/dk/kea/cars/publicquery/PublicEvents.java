package dk.kea.cars.publicquery;

import dk.kea.cars.api.accessory.AccessoryCreated;
import dk.kea.cars.api.accessory.AccessoryUpdated;
import dk.kea.cars.api.brand.BrandCreated;
import dk.kea.cars.api.brand.BrandUpdated;
import dk.kea.cars.api.color.ColorCreated;
import dk.kea.cars.api.color.ColorUpdated;
import dk.kea.cars.api.insurance.InsuranceCreated;
import dk.kea.cars.api.insurance.InsuranceUpdated;
import dk.kea.cars.api.model.ModelCreated;
import dk.kea.cars.api.model.ModelUpdated;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Catalog events as the command side emits them: full state, aggregate id and sequence. */
public final class PublicEvents {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    private PublicEvents() {
    }

    public static BrandCreated brandCreated(UUID id, String name) {
        return new BrandCreated(id, 0, NOW, name, "https://img.example/" + name + ".png");
    }

    public static BrandUpdated brandUpdated(UUID id, long sequence, String name) {
        return new BrandUpdated(id, sequence, NOW, name, "https://img.example/" + name + ".png");
    }

    public static ColorCreated colorCreated(UUID id, String name, String price) {
        return new ColorCreated(id, 0, NOW, name, new BigDecimal(price), 10, 20, 30);
    }

    public static ColorUpdated colorUpdated(UUID id, long sequence, String name, String price) {
        return new ColorUpdated(id, sequence, NOW, name, new BigDecimal(price), 10, 20, 30);
    }

    public static ModelCreated modelCreated(UUID id, UUID brandId, String name, UUID... colorIds) {
        return new ModelCreated(id, 0, NOW, brandId, name, new BigDecimal("250000.00"),
                "https://img.example/" + name + ".jpg", List.of(colorIds));
    }

    public static ModelUpdated modelUpdated(UUID id, long sequence, UUID brandId, String name, UUID... colorIds) {
        return new ModelUpdated(id, sequence, NOW, brandId, name, new BigDecimal("260000.00"),
                "https://img.example/" + name + ".jpg", List.of(colorIds));
    }

    public static AccessoryCreated accessoryCreated(UUID id, String name, String price) {
        return new AccessoryCreated(id, 0, NOW, name, new BigDecimal(price));
    }

    public static AccessoryUpdated accessoryUpdated(UUID id, long sequence, String name, String price) {
        return new AccessoryUpdated(id, sequence, NOW, name, new BigDecimal(price));
    }

    public static InsuranceCreated insuranceCreated(UUID id, String name, String price) {
        return new InsuranceCreated(id, 0, NOW, name, new BigDecimal(price));
    }

    public static InsuranceUpdated insuranceUpdated(UUID id, long sequence, String name, String price) {
        return new InsuranceUpdated(id, sequence, NOW, name, new BigDecimal(price));
    }
}
