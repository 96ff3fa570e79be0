package dk.kea.cars.api.car;

import static dk.kea.cars.api.validation.Violations.failingFields;
import static dk.kea.cars.api.validation.Violations.invalidInput;
import static dk.kea.cars.api.validation.Violations.ruleMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kea.cars.api.validation.FieldError;
import dk.kea.cars.api.validation.Rules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@link CreateCar} and the car rules of spec §5: purchase deadline, accessories and insurances. */
class CarCommandsTest {

    private static final String DEADLINE_MESSAGE = "must be after today and at most 30 days from today";

    private final UUID id = UUID.randomUUID();
    private final UUID customer = UUID.randomUUID();
    private final UUID employee = UUID.randomUUID();
    private final UUID model = UUID.randomUUID();
    private final UUID color = UUID.randomUUID();

    private static List<UUID> randomIds(int count) {
        return new ArrayList<>(IntStream.range(0, count).mapToObj(i -> UUID.randomUUID()).toList());
    }

    /** A mutable list, as Jackson would hand the REST layer. */
    private static List<UUID> ids(UUID... ids) {
        return new ArrayList<>(Arrays.asList(ids));
    }

    private CreateCar withDeadline(LocalDate deadline) {
        return new CreateCar(id, customer, employee, model, color, null, null, deadline, null, true);
    }

    private CreateCar withAccessories(List<UUID> accessories) {
        return new CreateCar(id, customer, employee, model, color, accessories, null, null, null, true);
    }

    private CreateCar withInsurances(List<UUID> insurances) {
        return new CreateCar(id, customer, employee, model, color, null, insurances, null, null, true);
    }

    @Nested
    class PurchaseDeadline {

        @Test
        void todayIsRefused() {
            assertThat(ruleMessage(() -> Rules.purchaseDeadline(Rules.today()))).isEqualTo(DEADLINE_MESSAGE);
            assertThat(failingFields(() -> withDeadline(Rules.today()))).containsExactly("purchase_deadline");
        }

        @Test
        void yesterdayIsRefused() {
            assertThat(failingFields(() -> withDeadline(Rules.today().minusDays(1))))
                    .containsExactly("purchase_deadline");
        }

        @Test
        void tomorrowIsAccepted() {
            assertThat(withDeadline(Rules.today().plusDays(1)).purchaseDeadline())
                    .isEqualTo(Rules.today().plusDays(1));
        }

        @Test
        void thirtyDaysAheadIsAccepted() {
            assertThat(withDeadline(Rules.today().plusDays(30)).purchaseDeadline())
                    .isEqualTo(Rules.today().plusDays(30));
        }

        @Test
        void thirtyOneDaysAheadIsRefused() {
            assertThat(ruleMessage(() -> Rules.purchaseDeadline(Rules.today().plusDays(31))))
                    .isEqualTo(DEADLINE_MESSAGE);
            assertThat(failingFields(() -> withDeadline(Rules.today().plusDays(31))))
                    .containsExactly("purchase_deadline");
        }

        @Test
        void defaultsToThirtyDaysAhead() {
            assertThat(withDeadline(null).purchaseDeadline()).isEqualTo(Rules.today().plusDays(30));
        }
    }

    @Nested
    class AccessoryIds {

        @Test
        void noneGivenMeansNone() {
            assertThat(withAccessories(null).accessoryIds()).isEmpty();
        }

        @Test
        void tenAreAccepted() {
            List<UUID> ten = randomIds(10);
            assertThat(withAccessories(ten).accessoryIds()).containsExactlyElementsOf(ten);
        }

        @Test
        void elevenAreRefused() {
            assertThat(ruleMessage(() -> Rules.accessoryIds(randomIds(11))))
                    .isEqualTo("must hold between 0 and 10 ids");
            assertThat(failingFields(() -> withAccessories(randomIds(11)))).containsExactly("accessory_ids");
        }

        @Test
        void duplicatesAreRefused() {
            UUID sunroof = UUID.randomUUID();
            assertThat(ruleMessage(() -> Rules.accessoryIds(ids(sunroof, UUID.randomUUID(), sunroof))))
                    .isEqualTo("must not contain duplicates");
            assertThat(failingFields(() -> withAccessories(ids(sunroof, sunroof)))).containsExactly("accessory_ids");
        }

        @Test
        void aNullElementIsRefused() {
            assertThat(failingFields(() -> withAccessories(ids(UUID.randomUUID(), null))))
                    .containsExactly("accessory_ids");
        }

        @Test
        void theCommandKeepsTheOrderInAnUnmodifiableCopy() {
            UUID first = UUID.randomUUID();
            UUID second = UUID.randomUUID();
            List<UUID> given = ids(second, first);

            CreateCar command = withAccessories(given);
            given.clear();

            assertThat(command.accessoryIds()).containsExactly(second, first);
            assertThatThrownBy(() -> command.accessoryIds().add(first))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class InsuranceIds {

        @Test
        void noneGivenMeansNone() {
            assertThat(withInsurances(null).insuranceIds()).isEmpty();
        }

        @Test
        void distinctInsurancesAreAccepted() {
            List<UUID> five = randomIds(5);
            assertThat(withInsurances(five).insuranceIds()).containsExactlyElementsOf(five);
        }

        @Test
        void duplicatesAreRefused() {
            UUID earthquake = UUID.randomUUID();
            assertThat(ruleMessage(() -> Rules.insuranceIds(ids(earthquake, earthquake))))
                    .isEqualTo("must not contain duplicates");
            assertThat(failingFields(() -> withInsurances(ids(earthquake, UUID.randomUUID(), earthquake))))
                    .containsExactly("insurance_ids");
        }
    }

    @Nested
    class Create {

        @Test
        void keepsTheReferences() {
            UUID sunroof = UUID.randomUUID();
            UUID earthquake = UUID.randomUUID();
            LocalDate deadline = Rules.today().plusDays(7);

            CreateCar command = new CreateCar(id, customer, employee, model, color, ids(sunroof), ids(earthquake),
                    deadline, null, true);

            assertThat(command.id()).isEqualTo(id);
            assertThat(command.customerId()).isEqualTo(customer);
            assertThat(command.employeeId()).isEqualTo(employee);
            assertThat(command.modelId()).isEqualTo(model);
            assertThat(command.colorId()).isEqualTo(color);
            assertThat(command.accessoryIds()).containsExactly(sunroof);
            assertThat(command.insuranceIds()).containsExactly(earthquake);
            assertThat(command.purchaseDeadline()).isEqualTo(deadline);
        }

        @Test
        void reportsEveryBadFieldWithTheSnakeCaseNamesOfTheRequest() {
            UUID twice = UUID.randomUUID();

            assertThat(failingFields(() -> new CreateCar(null, null, null, null, null, randomIds(11),
                    ids(twice, twice), Rules.today(), null, true)))
                    .containsExactly("id", "customers_id", "employees_id", "models_id", "colors_id", "accessory_ids",
                            "insurance_ids", "purchase_deadline");
        }

        @Test
        void eachMissingReferenceIsRequired() {
            assertThat(invalidInput(() -> new CreateCar(id, null, employee, model, color, null, null, null, null, true)).errors())
                    .containsExactly(new FieldError("customers_id", "is required"));
            assertThat(invalidInput(() -> new CreateCar(id, customer, null, model, color, null, null, null, null, true)).errors())
                    .containsExactly(new FieldError("employees_id", "is required"));
            assertThat(invalidInput(() -> new CreateCar(id, customer, employee, null, color, null, null, null, null, true))
                    .errors()).containsExactly(new FieldError("models_id", "is required"));
            assertThat(invalidInput(() -> new CreateCar(id, customer, employee, model, null, null, null, null, null, true))
                    .errors()).containsExactly(new FieldError("colors_id", "is required"));
        }
    }
}
