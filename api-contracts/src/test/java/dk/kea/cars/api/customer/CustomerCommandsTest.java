package dk.kea.cars.api.customer;

import static dk.kea.cars.api.validation.Violations.failingFields;
import static dk.kea.cars.api.validation.Violations.invalidInput;
import static dk.kea.cars.api.validation.Violations.ruleMessage;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kea.cars.api.common.Change;
import dk.kea.cars.api.validation.FieldError;
import dk.kea.cars.api.validation.Rules;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The customer commands and the §5 rules they use: phone number, address and the person names. */
class CustomerCommandsTest {

    private static final String EMAIL = "jens.larsen@mail.dk";

    private final UUID id = UUID.randomUUID();

    private CreateCustomer createWithPhone(String phone) {
        return new CreateCustomer(id, EMAIL, phone, "Jens", "Larsen", null);
    }

    private CreateCustomer createWithAddress(String address) {
        return new CreateCustomer(id, EMAIL, null, "Jens", "Larsen", address);
    }

    @Nested
    class PhoneNumber {

        @Test
        void refusesSevenDigits() {
            assertThat(ruleMessage(() -> Rules.phoneNumber("1234567")))
                    .isEqualTo("must be 8–30 digits, optionally after + and up to 3 country digits, no spaces");
            assertThat(failingFields(() -> createWithPhone("1234567"))).containsExactly("phone_number");
        }

        @Test
        void acceptsEightDigits() {
            assertThat(createWithPhone("12345678").phoneNumber()).isEqualTo("12345678");
        }

        @Test
        void acceptsThirtyDigits() {
            String phone = "1".repeat(30);
            assertThat(createWithPhone(phone).phoneNumber()).isEqualTo(phone);
        }

        @Test
        void refusesThirtyOneDigits() {
            assertThat(failingFields(() -> createWithPhone("1".repeat(31)))).containsExactly("phone_number");
        }

        @Test
        void acceptsACountryPrefix() {
            assertThat(createWithPhone("+4512345678").phoneNumber()).isEqualTo("+4512345678");
            assertThat(Rules.phoneNumber("+112345678")).isEqualTo("+112345678");
        }

        @Test
        void refusesAPlusWithoutDigitsOrInTheMiddle() {
            assertThat(failingFields(() -> createWithPhone("+"))).containsExactly("phone_number");
            assertThat(failingFields(() -> createWithPhone("4512+345678"))).containsExactly("phone_number");
        }

        @ParameterizedTest
        @ValueSource(strings = {"+45 12345678", "1234 5678", " 12345678", "12345678 ", "+45\t12345678"})
        void refusesSpaces(String phone) {
            assertThat(failingFields(() -> createWithPhone(phone))).containsExactly("phone_number");
        }

        @ParameterizedTest
        @ValueSource(strings = {"12-34-56-78", "(45)12345678", "1234567a"})
        void refusesAnythingButDigits(String phone) {
            assertThat(failingFields(() -> createWithPhone(phone))).containsExactly("phone_number");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\t"})
        void blankMeansNone(String phone) {
            assertThat(createWithPhone(phone).phoneNumber()).isNull();
        }
    }

    @Nested
    class Address {

        @Test
        void anglesAreRemoved() {
            assertThat(createWithAddress("<b>Lygten 37</b>").address()).isEqualTo("bLygten 37/b");
            assertThat(Rules.address("Lygten <37>")).isEqualTo("Lygten 37");
        }

        @Test
        void refusesFourCharacters() {
            assertThat(ruleMessage(() -> Rules.address("Vej1"))).isEqualTo("must be between 5 and 255 characters");
            assertThat(failingFields(() -> createWithAddress("Vej1"))).containsExactly("address");
        }

        @Test
        void acceptsFiveCharacters() {
            assertThat(createWithAddress("Vej 1").address()).isEqualTo("Vej 1");
        }

        @Test
        void acceptsTwoHundredFiftyFiveCharacters() {
            String address = "a".repeat(255);
            assertThat(createWithAddress(address).address()).isEqualTo(address);
        }

        @Test
        void refusesTwoHundredFiftySixCharacters() {
            assertThat(failingFields(() -> createWithAddress("a".repeat(256)))).containsExactly("address");
        }

        @Test
        void measuresTheLengthAfterRemovingAnglesAndTrimming() {
            assertThat(failingFields(() -> createWithAddress("<Vej1>"))).containsExactly("address");
            assertThat(failingFields(() -> createWithAddress("  Vej1  "))).containsExactly("address");
            assertThat(createWithAddress("<" + "a".repeat(255) + ">").address()).hasSize(255);
        }

        @Test
        void refusesDoubleSpaces() {
            assertThat(ruleMessage(() -> Rules.address("Lygten  37"))).isEqualTo("must not contain double spaces");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "<>", " < > "})
        void blankMeansNone(String address) {
            assertThat(createWithAddress(address).address()).isNull();
        }
    }

    @Nested
    class Names {

        @Test
        void firstNameAcceptsFortyFiveCharacters() {
            assertThat(new CreateCustomer(id, EMAIL, null, "a".repeat(45), "Larsen", null).firstName())
                    .isEqualTo("A" + "a".repeat(44));
        }

        @Test
        void firstNameRefusesFortySixCharacters() {
            assertThat(failingFields(() -> new CreateCustomer(id, EMAIL, null, "a".repeat(46), "Larsen", null)))
                    .containsExactly("first_name");
        }

        @Test
        void firstNameMayHaveSpacesAndHyphensAndIsTitleCased() {
            assertThat(new CreateCustomer(id, EMAIL, null, " hEnRiK-hEnRy ole ", "Larsen", null).firstName())
                    .isEqualTo("Henrik-Henry Ole");
        }

        @Test
        void lastNameRefusesSpaces() {
            assertThat(failingFields(() -> new CreateCustomer(id, EMAIL, null, "Jens", "van Dyke", null)))
                    .containsExactly("last_name");
        }

        @Test
        void lastNameAcceptsFortyFiveAndRefusesFortySixCharacters() {
            assertThat(new CreateCustomer(id, EMAIL, null, "Jens", "b".repeat(45), null).lastName()).hasSize(45);
            assertThat(failingFields(() -> new CreateCustomer(id, EMAIL, null, "Jens", "b".repeat(46), null)))
                    .containsExactly("last_name");
        }
    }

    @Nested
    class Create {

        @Test
        void normalisesEveryField() {
            CreateCustomer command = new CreateCustomer(id, " Jens.Larsen@MAIL.DK ", "+4512345678", "jens",
                    "LARSEN-holm", " Lygten 37 ");

            assertThat(command.id()).isEqualTo(id);
            assertThat(command.email()).isEqualTo("Jens.Larsen@mail.dk");
            assertThat(command.phoneNumber()).isEqualTo("+4512345678");
            assertThat(command.firstName()).isEqualTo("Jens");
            assertThat(command.lastName()).isEqualTo("Larsen-Holm");
            assertThat(command.address()).isEqualTo("Lygten 37");
        }

        @Test
        void reportsEveryBadFieldWithTheNamesTheClientSent() {
            assertThat(failingFields(() -> new CreateCustomer(null, "nope", "123", "J0hn", "Van Dyke", "Vej")))
                    .containsExactly("id", "email", "phone_number", "first_name", "last_name", "address");
        }

        @Test
        void theOptionalFieldsAreNotRequired() {
            assertThat(failingFields(() -> new CreateCustomer(null, null, null, null, null, null)))
                    .containsExactly("id", "email", "first_name", "last_name");
        }
    }

    @Nested
    class Update {

        @Test
        void nullFieldsAreNotGiven() {
            UpdateCustomer command = new UpdateCustomer(id, 3L, null, null, null, null, null);

            assertThat(command.expectedVersion()).isEqualTo(3L);
            assertThat(command.email()).isNull();
            assertThat(command.phoneNumber()).isNull();
            assertThat(command.firstName()).isNull();
            assertThat(command.lastName()).isNull();
            assertThat(command.address()).isNull();
        }

        @Test
        void aChangeToNullClears() {
            UpdateCustomer command = new UpdateCustomer(id, null, null, Change.to(null), null, null, Change.to(null));

            assertThat(command.phoneNumber()).isEqualTo(Change.to(null));
            assertThat(command.address()).isEqualTo(Change.to(null));
        }

        @Test
        void aChangeToBlankClearsToo() {
            UpdateCustomer command = new UpdateCustomer(id, null, null, Change.to("  "), null, null, Change.to("<>"));

            assertThat(command.phoneNumber()).isEqualTo(Change.to(null));
            assertThat(command.address()).isEqualTo(Change.to(null));
        }

        @Test
        void givenValuesAreNormalised() {
            UpdateCustomer command = new UpdateCustomer(id, null, " Jens@MAIL.dk", Change.to("+4512345678"), "ole",
                    "HOLM", Change.to(" <Lygten 37> "));

            assertThat(command.email()).isEqualTo("Jens@mail.dk");
            assertThat(command.phoneNumber()).isEqualTo(Change.to("+4512345678"));
            assertThat(command.firstName()).isEqualTo("Ole");
            assertThat(command.lastName()).isEqualTo("Holm");
            assertThat(command.address()).isEqualTo(Change.to("Lygten 37"));
        }

        @Test
        void reportsEveryBadFieldWithTheNamesTheClientSent() {
            assertThat(invalidInput(() -> new UpdateCustomer(null, null, "x@y", Change.to("+45 1234"), "a".repeat(46),
                    "Van Dyke", Change.to("Vej"))).errors()).extracting(FieldError::field)
                    .containsExactly("id", "email", "phone_number", "first_name", "last_name", "address");
        }
    }
}
