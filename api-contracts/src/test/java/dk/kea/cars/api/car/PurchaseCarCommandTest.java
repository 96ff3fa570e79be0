package dk.kea.cars.api.car;

import static dk.kea.cars.api.validation.Violations.failingFields;
import static dk.kea.cars.api.validation.Violations.invalidInput;
import static dk.kea.cars.api.validation.Violations.ruleMessage;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kea.cars.api.validation.FieldError;
import dk.kea.cars.api.validation.Rules;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@link PurchaseCar} and the purchase date rule of spec §5: not before 2023-01-01, not in the future. */
class PurchaseCarCommandTest {

    private final UUID car = UUID.randomUUID();
    private final UUID purchase = UUID.randomUUID();
    private final UUID actor = UUID.randomUUID();

    private PurchaseCar on(LocalDate date) {
        return new PurchaseCar(car, purchase, date, actor, false);
    }

    @Test
    void theLastDayOf2022IsRefused() {
        assertThat(ruleMessage(() -> Rules.dateOfPurchase(LocalDate.of(2022, 12, 31))))
                .isEqualTo("must not be before 2023-01-01");
        assertThat(failingFields(() -> on(LocalDate.of(2022, 12, 31)))).containsExactly("date_of_purchase");
    }

    @Test
    void theFirstDayOf2023IsAccepted() {
        assertThat(on(LocalDate.of(2023, 1, 1)).dateOfPurchase()).isEqualTo(LocalDate.of(2023, 1, 1));
    }

    @Test
    void todayIsAccepted() {
        assertThat(on(Rules.today()).dateOfPurchase()).isEqualTo(Rules.today());
    }

    @Test
    void tomorrowIsRefused() {
        assertThat(ruleMessage(() -> Rules.dateOfPurchase(Rules.today().plusDays(1))))
                .isEqualTo("must not be in the future");
        assertThat(failingFields(() -> on(Rules.today().plusDays(1)))).containsExactly("date_of_purchase");
    }

    @Test
    void defaultsToToday() {
        assertThat(on(null).dateOfPurchase()).isEqualTo(Rules.today());
    }

    @Test
    void keepsTheActor() {
        PurchaseCar command = new PurchaseCar(car, purchase, Rules.today(), actor, true);

        assertThat(command.carId()).isEqualTo(car);
        assertThat(command.purchaseId()).isEqualTo(purchase);
        assertThat(command.actorId()).isEqualTo(actor);
        assertThat(command.actorMaySeeAll()).isTrue();
    }

    @Test
    void reportsEveryBadFieldWithTheSnakeCaseNamesOfTheRequest() {
        assertThat(invalidInput(() -> new PurchaseCar(null, null, LocalDate.of(2020, 1, 1), actor, false)).errors())
                .extracting(FieldError::field)
                .containsExactly("cars_id", "id", "date_of_purchase");
    }
}
