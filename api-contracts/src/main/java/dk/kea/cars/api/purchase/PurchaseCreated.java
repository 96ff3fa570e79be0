package dk.kea.cars.api.purchase;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A purchase was made, accepted by its car. Revision 2 added the {@code currency} the purchase was made in;
 * revision 1 events (all in Danish kroner) are upcast by {@link PurchaseCreatedUpcaster}.
 */
@Revision("2")
public record PurchaseCreated(UUID id, long sequence, Instant occurredAt, UUID carId, LocalDate dateOfPurchase,
                              boolean deleted, String currency) implements PurchaseEvent {

    /** The dealership sells in Danish kroner; the only currency before revision 2. */
    public static final String DEFAULT_CURRENCY = "DKK";

    public PurchaseCreated(UUID id, long sequence, Instant occurredAt, UUID carId, LocalDate dateOfPurchase,
                           boolean deleted) {
        this(id, sequence, occurredAt, carId, dateOfPurchase, deleted, DEFAULT_CURRENCY);
    }
}
