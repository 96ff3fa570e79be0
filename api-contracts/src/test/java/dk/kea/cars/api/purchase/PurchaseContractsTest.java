package dk.kea.cars.api.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

/** The purchase events carry the full state and a revision; the delete command targets the purchase. */
class PurchaseContractsTest {

    private final UUID id = UUID.randomUUID();
    private final UUID car = UUID.randomUUID();

    @Test
    void eventsCarryTheFullStateOfThePurchase() {
        PurchaseEvent created = new PurchaseCreated(id, 0, Instant.EPOCH, car, LocalDate.of(2024, 4, 20), false);
        PurchaseEvent deleted = new PurchaseDeleted(id, 1, Instant.EPOCH, car, LocalDate.of(2024, 4, 20), true);

        assertThat(created.id()).isEqualTo(id);
        assertThat(created.carId()).isEqualTo(car);
        assertThat(created.deleted()).isFalse();
        assertThat(deleted.sequence()).isEqualTo(1);
        assertThat(deleted.dateOfPurchase()).isEqualTo(LocalDate.of(2024, 4, 20));
        assertThat(deleted.deleted()).isTrue();
    }

    @Test
    void eventsHaveARevisionForUpcasting() {
        assertThat(PurchaseCreated.class.getAnnotation(Revision.class).value()).isEqualTo("2");
        assertThat(PurchaseDeleted.class.getAnnotation(Revision.class).value()).isEqualTo("1");
    }

    @Test
    void deletePurchaseTargetsThePurchase() throws NoSuchFieldException {
        assertThat(DeletePurchase.class.getDeclaredField("id").isAnnotationPresent(TargetAggregateIdentifier.class))
                .isTrue();
        assertThat(new DeletePurchase(id).id()).isEqualTo(id);
    }
}
