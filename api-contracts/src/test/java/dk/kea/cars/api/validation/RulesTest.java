package dk.kea.cars.api.validation;

import static dk.kea.cars.api.validation.Violations.ruleMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The value rules of spec §5, one rule at a time, at their boundaries. */
class RulesTest {

    private static BigDecimal money(String value) {
        return new BigDecimal(value);
    }

    @Nested
    class Required {

        @Test
        void refusesNull() {
            assertThat(ruleMessage(() -> Rules.required(null))).isEqualTo("is required");
        }

        @Test
        void passesAnyValueThrough() {
            Object value = new Object();
            assertThat(Rules.required(value)).isSameAs(value);
        }
    }

    @Nested
    class CatalogName {

        @Test
        void refusesTwoCharacters() {
            assertThat(ruleMessage(() -> Rules.catalogName("ab"))).isEqualTo("must be between 3 and 45 characters");
        }

        @Test
        void acceptsThreeCharacters() {
            assertThat(Rules.catalogName("Kia")).isEqualTo("Kia");
        }

        @Test
        void acceptsFortyFiveCharacters() {
            String name = "A".repeat(45);
            assertThat(Rules.catalogName(name)).isEqualTo(name);
        }

        @Test
        void refusesFortySixCharacters() {
            assertThat(ruleMessage(() -> Rules.catalogName("A".repeat(46))))
                    .isEqualTo("must be between 3 and 45 characters");
        }

        @Test
        void trimsSurroundingSpaces() {
            assertThat(Rules.catalogName("   Audi \t")).isEqualTo("Audi");
        }

        @Test
        void measuresTheLengthAfterTrimming() {
            assertThat(ruleMessage(() -> Rules.catalogName("  ab  "))).isEqualTo("must be between 3 and 45 characters");
            assertThat(Rules.catalogName("  " + "A".repeat(45) + "  ")).isEqualTo("A".repeat(45));
        }

        @Test
        void refusesBlank() {
            assertThat(ruleMessage(() -> Rules.catalogName("     "))).isEqualTo("must be between 3 and 45 characters");
        }

        @Test
        void refusesDoubleSpaces() {
            assertThat(ruleMessage(() -> Rules.catalogName("Fancy  Red"))).isEqualTo("must not contain double spaces");
        }

        @Test
        void acceptsSingleSpacesBetweenWords() {
            assertThat(Rules.catalogName("Fancy Metallic Red")).isEqualTo("Fancy Metallic Red");
        }

        @Test
        void keepsTheCaseAsGiven() {
            assertThat(Rules.catalogName("bMW motors")).isEqualTo("bMW motors");
        }

        @Test
        void refusesControlCharacters() {
            assertThat(ruleMessage(() -> Rules.catalogName("Red\tBlue"))).isEqualTo("must not contain control characters");
            assertThat(ruleMessage(() -> Rules.catalogName("Red\nBlue"))).isEqualTo("must not contain control characters");
        }

        @Test
        void refusesNull() {
            assertThat(ruleMessage(() -> Rules.catalogName(null))).isEqualTo("is required");
        }
    }

    @Nested
    class ModelName {

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "   "})
        void refusesEmptyOrBlank(String name) {
            assertThat(ruleMessage(() -> Rules.modelName(name))).isEqualTo("must be between 1 and 60 characters");
        }

        @Test
        void acceptsOneCharacter() {
            assertThat(Rules.modelName("Q")).isEqualTo("Q");
        }

        @Test
        void acceptsSixtyCharacters() {
            String name = "M".repeat(60);
            assertThat(Rules.modelName(name)).isEqualTo(name);
        }

        @Test
        void refusesSixtyOneCharacters() {
            assertThat(ruleMessage(() -> Rules.modelName("M".repeat(61)))).isEqualTo("must be between 1 and 60 characters");
        }

        @Test
        void trims() {
            assertThat(Rules.modelName("  R8 Spyder  ")).isEqualTo("R8 Spyder");
        }

        @Test
        void refusesDoubleSpaces() {
            assertThat(ruleMessage(() -> Rules.modelName("R8  Spyder"))).isEqualTo("must not contain double spaces");
        }

        @Test
        void refusesNull() {
            assertThat(ruleMessage(() -> Rules.modelName(null))).isEqualTo("is required");
        }
    }

    @Nested
    class InsuranceName {

        @Test
        void isStoredInTitleCase() {
            assertThat(Rules.insuranceName("flat tire")).isEqualTo("Flat Tire");
            assertThat(Rules.insuranceName("FLAT TIRE")).isEqualTo("Flat Tire");
            assertThat(Rules.insuranceName("hEnRiK-hEnRy")).isEqualTo("Henrik-Henry");
        }

        @Test
        void trimsBeforeTitleCasing() {
            assertThat(Rules.insuranceName("   glass cover  ")).isEqualTo("Glass Cover");
        }

        @Test
        void refusesTwoCharacters() {
            assertThat(ruleMessage(() -> Rules.insuranceName("ab"))).isEqualTo("must be between 3 and 45 characters");
        }

        @Test
        void acceptsThreeCharacters() {
            assertThat(Rules.insuranceName("abc")).isEqualTo("Abc");
        }

        @Test
        void acceptsFortyFiveCharacters() {
            assertThat(Rules.insuranceName("x".repeat(45))).isEqualTo("X" + "x".repeat(44));
        }

        @Test
        void refusesFortySixCharacters() {
            assertThat(ruleMessage(() -> Rules.insuranceName("x".repeat(46))))
                    .isEqualTo("must be between 3 and 45 characters");
        }

        @Test
        void refusesDoubleSpaces() {
            assertThat(ruleMessage(() -> Rules.insuranceName("flat  tire"))).isEqualTo("must not contain double spaces");
        }

        @Test
        void refusesNull() {
            assertThat(ruleMessage(() -> Rules.insuranceName(null))).isEqualTo("is required");
        }
    }

    @Nested
    class TitleCase {

        @Test
        void capitalisesEveryWordSeparatedBySpaceOrHyphen() {
            assertThat(Rules.titleCase("hEnRiK-hEnRy")).isEqualTo("Henrik-Henry");
            assertThat(Rules.titleCase("anna marie-LOUISE")).isEqualTo("Anna Marie-Louise");
        }

        @Test
        void handlesOneLetterWords() {
            assertThat(Rules.titleCase("a b-c")).isEqualTo("A B-C");
        }
    }

    @Nested
    class PositivePrices {

        @Test
        void insuranceRefusesZero() {
            assertThat(ruleMessage(() -> Rules.insurancePrice(money("0"))))
                    .isEqualTo("must be greater than 0 and at most 100000");
        }

        @Test
        void insuranceAcceptsOneCent() {
            assertThat(Rules.insurancePrice(money("0.01"))).isEqualTo(money("0.01"));
        }

        @Test
        void insuranceAcceptsTheMaximum() {
            assertThat(Rules.insurancePrice(money("100000"))).isEqualTo(money("100000.00"));
        }

        @Test
        void insuranceRefusesOneCentAboveTheMaximum() {
            assertThat(ruleMessage(() -> Rules.insurancePrice(money("100000.01"))))
                    .isEqualTo("must be greater than 0 and at most 100000");
        }

        @Test
        void insuranceRefusesNegative() {
            assertThat(ruleMessage(() -> Rules.insurancePrice(money("-0.01"))))
                    .isEqualTo("must be greater than 0 and at most 100000");
        }

        @Test
        void accessoryRefusesZero() {
            assertThat(ruleMessage(() -> Rules.accessoryPrice(money("0.00"))))
                    .isEqualTo("must be greater than 0 and at most 100000");
        }

        @Test
        void accessoryAcceptsOneCent() {
            assertThat(Rules.accessoryPrice(money("0.01"))).isEqualTo(money("0.01"));
        }

        @Test
        void accessoryAcceptsTheMaximum() {
            assertThat(Rules.accessoryPrice(money("100000.00"))).isEqualTo(money("100000.00"));
        }

        @Test
        void accessoryRefusesOneCentAboveTheMaximum() {
            assertThat(ruleMessage(() -> Rules.accessoryPrice(money("100000.01"))))
                    .isEqualTo("must be greater than 0 and at most 100000");
        }

        @Test
        void modelRefusesZero() {
            assertThat(ruleMessage(() -> Rules.modelPrice(money("0"))))
                    .isEqualTo("must be greater than 0 and at most 10000000");
        }

        @Test
        void modelAcceptsOneCent() {
            assertThat(Rules.modelPrice(money("0.01"))).isEqualTo(money("0.01"));
        }

        @Test
        void modelAcceptsTheMaximum() {
            assertThat(Rules.modelPrice(money("10000000"))).isEqualTo(money("10000000.00"));
        }

        @Test
        void modelRefusesOneCentAboveTheMaximum() {
            assertThat(ruleMessage(() -> Rules.modelPrice(money("10000000.01"))))
                    .isEqualTo("must be greater than 0 and at most 10000000");
        }

        @Test
        void modelAcceptsWhatIsTooExpensiveForAnAccessory() {
            assertThat(Rules.modelPrice(money("100000.01"))).isEqualTo(money("100000.01"));
        }

        @Test
        void refusesMoreThanTwoDecimals() {
            assertThat(ruleMessage(() -> Rules.insurancePrice(money("10.001")))).isEqualTo("must have at most two decimals");
            assertThat(ruleMessage(() -> Rules.accessoryPrice(money("0.005")))).isEqualTo("must have at most two decimals");
            assertThat(ruleMessage(() -> Rules.modelPrice(money("99.999")))).isEqualTo("must have at most two decimals");
        }

        @Test
        void acceptsTrailingZerosBeyondTwoDecimals() {
            assertThat(Rules.insurancePrice(money("10.5000"))).isEqualTo(money("10.50"));
        }

        @Test
        void normalisesToTwoDecimals() {
            assertThat(Rules.insurancePrice(money("7"))).isEqualTo(money("7.00")).extracting(BigDecimal::scale)
                    .isEqualTo(2);
            assertThat(Rules.modelPrice(money("1E+3"))).isEqualTo(money("1000.00"));
        }

        @Test
        void refusesNull() {
            assertThat(ruleMessage(() -> Rules.insurancePrice(null))).isEqualTo("is required");
            assertThat(ruleMessage(() -> Rules.accessoryPrice(null))).isEqualTo("is required");
            assertThat(ruleMessage(() -> Rules.modelPrice(null))).isEqualTo("is required");
        }
    }

    @Nested
    class ColorPrice {

        @Test
        void acceptsZero() {
            assertThat(Rules.colorPrice(money("0"))).isEqualTo(money("0.00"));
        }

        @Test
        void acceptsOneCent() {
            assertThat(Rules.colorPrice(money("0.01"))).isEqualTo(money("0.01"));
        }

        @Test
        void refusesMinusOneCent() {
            assertThat(ruleMessage(() -> Rules.colorPrice(money("-0.01")))).isEqualTo("must be between 0 and 100000");
        }

        @Test
        void refusesMoreThanTwoDecimals() {
            assertThat(ruleMessage(() -> Rules.colorPrice(money("0.001")))).isEqualTo("must have at most two decimals");
        }

        @Test
        void refusesNull() {
            assertThat(ruleMessage(() -> Rules.colorPrice(null))).isEqualTo("is required");
        }
    }

    @Nested
    class Rgb {

        @Test
        void refusesMinusOne() {
            assertThat(ruleMessage(() -> Rules.rgb(-1))).isEqualTo("must be between 0 and 255");
        }

        @Test
        void acceptsZero() {
            assertThat(Rules.rgb(0)).isZero();
        }

        @Test
        void accepts255() {
            assertThat(Rules.rgb(255)).isEqualTo(255);
        }

        @Test
        void refuses256() {
            assertThat(ruleMessage(() -> Rules.rgb(256))).isEqualTo("must be between 0 and 255");
        }

        @Test
        void refusesNull() {
            assertThat(ruleMessage(() -> Rules.rgb(null))).isEqualTo("is required");
        }
    }

    @Nested
    class Url {

        @ParameterizedTest
        @ValueSource(strings = {"http://kea.dk/logo.png", "https://kea.dk/logo.png", "https://cdn.example.com:8443/a/b.png?v=2",
                "HTTPS://KEA.DK/LOGO.PNG"})
        void acceptsAbsoluteHttpAndHttpsUrls(String url) {
            assertThat(Rules.url(url)).isEqualTo(url);
        }

        @Test
        void trims() {
            assertThat(Rules.url("  https://kea.dk/logo.png  ")).isEqualTo("https://kea.dk/logo.png");
        }

        @ParameterizedTest
        @ValueSource(strings = {"ftp://kea.dk/logo.png", "file:///etc/passwd", "mailto:info@kea.dk", "javascript:alert(1)",
                "/images/logo.png", "logo.png", "www.kea.dk/logo.png", "//kea.dk/logo.png", "https:///logo.png",
                "https://kea.dk/my logo.png", "http://", "", "   "})
        void refusesAnythingElse(String url) {
            assertThat(ruleMessage(() -> Rules.url(url))).isEqualTo("must be an absolute http or https URL");
        }

        @Test
        void acceptsUpTo2048Characters() {
            String prefix = "https://kea.dk/";
            String url = prefix + "a".repeat(2048 - prefix.length());
            assertThat(Rules.url(url)).hasSize(2048);
        }

        @Test
        void refusesLongerUrls() {
            String prefix = "https://kea.dk/";
            String url = prefix + "a".repeat(2049 - prefix.length());
            assertThat(ruleMessage(() -> Rules.url(url))).isEqualTo("must be at most 2048 characters");
        }

        @Test
        void refusesNull() {
            assertThat(ruleMessage(() -> Rules.url(null))).isEqualTo("is required");
        }
    }

    @Nested
    class ImageUrl {

        private final String hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

        @Test
        void acceptsTheUrlOfAStoredImage() {
            assertThat(Rules.imageUrl("/api/public/images/" + hash)).isEqualTo("/api/public/images/" + hash);
            assertThat(Rules.imageUrl(" /api/public/images/" + hash + " ")).isEqualTo("/api/public/images/" + hash);
        }

        @Test
        void acceptsAbsoluteHttpUrlsAsUrlDoes() {
            assertThat(Rules.imageUrl("https://example.com/r8.png")).isEqualTo("https://example.com/r8.png");
        }

        @ParameterizedTest
        @ValueSource(strings = {"/api/public/images/", "/api/public/images/abc", "/api/public/images/9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08",
                "/api/public/images/9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08/x",
                "/api/public/brands/9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "/images/r8.png",
                "ftp://kea.dk/r8.png", ""})
        void refusesAnyOtherPath(String url) {
            assertThat(ruleMessage(() -> Rules.imageUrl(url)))
                    .isEqualTo("must be an absolute http or https URL or /api/public/images/<sha256>");
        }

        @Test
        void refusesLongerUrlsAndNull() {
            String prefix = "https://kea.dk/";
            assertThat(ruleMessage(() -> Rules.imageUrl(prefix + "a".repeat(2049 - prefix.length()))))
                    .isEqualTo("must be at most 2048 characters");
            assertThat(ruleMessage(() -> Rules.imageUrl(null))).isEqualTo("is required");
        }
    }

    @Nested
    class ColorIds {

        private final UUID red = UUID.randomUUID();
        private final UUID blue = UUID.randomUUID();

        @Test
        void refusesAnEmptyList() {
            assertThat(ruleMessage(() -> Rules.colorIds(new ArrayList<>()))).isEqualTo("must hold between 1 and 100 ids");
        }

        @Test
        void acceptsOneColor() {
            assertThat(Rules.colorIds(new ArrayList<>(List.of(red)))).containsExactly(red);
        }

        @Test
        void keepsTheOrder() {
            assertThat(Rules.colorIds(Arrays.asList(blue, red))).containsExactly(blue, red);
        }

        @Test
        void refusesDuplicates() {
            assertThat(ruleMessage(() -> Rules.colorIds(Arrays.asList(red, blue, red))))
                    .isEqualTo("must not contain duplicates");
        }

        @Test
        void refusesANullElement() {
            assertThat(ruleMessage(() -> Rules.colorIds(Arrays.asList(red, null)))).isEqualTo("must not contain null");
        }

        @Test
        void refusesNull() {
            assertThat(ruleMessage(() -> Rules.colorIds(null))).isEqualTo("is required");
        }

        @Test
        void acceptsAHundredAndRefusesAHundredAndOne() {
            List<UUID> hundred = new ArrayList<>(IntStream.range(0, 100).mapToObj(i -> UUID.randomUUID()).toList());
            assertThat(Rules.colorIds(hundred)).hasSize(100);
            hundred.add(UUID.randomUUID());
            assertThat(ruleMessage(() -> Rules.colorIds(hundred))).isEqualTo("must hold between 1 and 100 ids");
        }

        @Test
        void returnsAnUnmodifiableCopy() {
            List<UUID> input = new ArrayList<>(List.of(red));
            List<UUID> result = Rules.colorIds(input);
            input.add(blue);
            assertThat(result).containsExactly(red);
            assertThatThrownBy(() -> result.add(blue)).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class Email {

        @Test
        void refusesSevenCharacters() {
            assertThat(ruleMessage(() -> Rules.email("ab@c.dk"))).isEqualTo("must be between 8 and 100 characters");
        }

        @Test
        void acceptsEightCharacters() {
            assertThat(Rules.email("abc@d.dk")).isEqualTo("abc@d.dk");
        }

        @Test
        void acceptsOneHundredCharacters() {
            String email = "a".repeat(93) + "@kea.dk";
            assertThat(email).hasSize(100);
            assertThat(Rules.email(email)).isEqualTo(email);
        }

        @Test
        void refusesOneHundredAndOneCharacters() {
            String email = "a".repeat(94) + "@kea.dk";
            assertThat(ruleMessage(() -> Rules.email(email))).isEqualTo("must be between 8 and 100 characters");
        }

        @Test
        void trimsAndMeasuresAfterTrimming() {
            assertThat(Rules.email("   abc@d.dk  ")).isEqualTo("abc@d.dk");
            assertThat(ruleMessage(() -> Rules.email("  ab@c.dk  "))).isEqualTo("must be between 8 and 100 characters");
        }

        @Test
        void lowerCasesTheDomainOnly() {
            assertThat(Rules.email("  Anna.Hansen@KEA.Example.DK ")).isEqualTo("Anna.Hansen@kea.example.dk");
        }

        @ParameterizedTest
        @ValueSource(strings = {"anna.kea.dk", "anna@kea", "anna@@kea.dk", "anna hansen@kea.dk", "anna@kea..dk",
                "anna@-kea.dk", "anna@kea.dk.", "anna@kea_dk.com", "anna@.kea.dk", "@kea.dk.com", "anna@kea dk.com",
                "anna<script>@kea.dk"})
        void refusesInvalidShapes(String email) {
            assertThat(ruleMessage(() -> Rules.email(email))).isEqualTo("must be a valid email address");
        }

        @Test
        void refusesNull() {
            assertThat(ruleMessage(() -> Rules.email(null))).isEqualTo("is required");
        }
    }

    @Nested
    class FirstName {

        @Test
        void isStoredInTitleCase() {
            assertThat(Rules.firstName("hEnRiK-hEnRy")).isEqualTo("Henrik-Henry");
            assertThat(Rules.firstName("anna marie")).isEqualTo("Anna Marie");
        }

        @Test
        void trims() {
            assertThat(Rules.firstName("   anna  ")).isEqualTo("Anna");
        }

        @Test
        void acceptsLettersOutsideAscii() {
            assertThat(Rules.firstName("søren-åge")).isEqualTo("Søren-Åge");
        }

        @Test
        void acceptsOneLetter() {
            assertThat(Rules.firstName("a")).isEqualTo("A");
        }

        @Test
        void acceptsFortyFiveCharacters() {
            assertThat(Rules.firstName("a".repeat(45))).isEqualTo("A" + "a".repeat(44));
        }

        @Test
        void refusesFortySixCharacters() {
            assertThat(ruleMessage(() -> Rules.firstName("a".repeat(46)))).isEqualTo("must be between 1 and 45 characters");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   "})
        void refusesMissingOrBlank(String name) {
            assertThat(ruleMessage(() -> Rules.firstName(name))).isNotBlank();
        }

        @ParameterizedTest
        @ValueSource(strings = {"Anna  Marie", "Anna--Marie", "-Anna", "Anna-", "Anna - Marie", "Anna -Marie", "Anna3",
                "O'Brien", "Anna_Marie", "Anna.Marie"})
        void refusesAnythingButLettersSingleSpacesAndHyphens(String name) {
            assertThat(ruleMessage(() -> Rules.firstName(name)))
                    .isEqualTo("must contain only letters, single spaces and hyphens");
        }

        @Test
        void employeeFirstNamesMayHaveFiftyCharacters() {
            assertThat(Rules.employeeFirstName("b".repeat(50))).isEqualTo("B" + "b".repeat(49));
        }

        @Test
        void employeeFirstNamesRefuseFiftyOneCharacters() {
            assertThat(ruleMessage(() -> Rules.employeeFirstName("b".repeat(51))))
                    .isEqualTo("must be between 1 and 50 characters");
        }

        @Test
        void employeeFirstNamesFollowTheSameShapeRules() {
            assertThat(Rules.employeeFirstName("  mARIE-louise anne ")).isEqualTo("Marie-Louise Anne");
            assertThat(ruleMessage(() -> Rules.employeeFirstName("Anna-")))
                    .isEqualTo("must contain only letters, single spaces and hyphens");
        }
    }

    @Nested
    class LastName {

        @Test
        void isStoredInTitleCase() {
            assertThat(Rules.lastName("hANSEN-jENSEN")).isEqualTo("Hansen-Jensen");
        }

        @Test
        void trims() {
            assertThat(Rules.lastName("  hansen ")).isEqualTo("Hansen");
        }

        @ParameterizedTest
        @ValueSource(strings = {"van Dyke", "Hansen Jensen", "Hansen--Jensen", "-Hansen", "Hansen-", "Hansen2"})
        void refusesSpacesAndBadHyphens(String name) {
            assertThat(ruleMessage(() -> Rules.lastName(name))).isEqualTo("must contain only letters and single hyphens, no spaces");
        }

        @Test
        void acceptsFortyFiveAndRefusesFortySixCharacters() {
            assertThat(Rules.lastName("c".repeat(45))).isEqualTo("C" + "c".repeat(44));
            assertThat(ruleMessage(() -> Rules.lastName("c".repeat(46)))).isEqualTo("must be between 1 and 45 characters");
        }

        @Test
        void employeeLastNamesAcceptFiftyAndRefuseFiftyOneCharacters() {
            assertThat(Rules.employeeLastName("d".repeat(50))).isEqualTo("D" + "d".repeat(49));
            assertThat(ruleMessage(() -> Rules.employeeLastName("d".repeat(51))))
                    .isEqualTo("must be between 1 and 50 characters");
        }

        @Test
        void employeeLastNamesRefuseSpaces() {
            assertThat(ruleMessage(() -> Rules.employeeLastName("van Dyke")))
                    .isEqualTo("must contain only letters and single hyphens, no spaces");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        void refusesMissingOrBlank(String name) {
            assertThat(ruleMessage(() -> Rules.lastName(name))).isNotBlank();
        }
    }
    @Nested
    class UnicodeText {

        private static final String LONE_HIGH = "Ab\ud83d";
        private static final String LONE_LOW = "\ude00Abc";
        private static final String INVALID = "must be valid Unicode text (no unpaired surrogate)";

        @Test
        void everyTextRuleRefusesAnUnpairedSurrogate() {
            for (String text : List.of(LONE_HIGH, LONE_LOW)) {
                assertThat(ruleMessage(() -> Rules.catalogName(text))).isEqualTo(INVALID);
                assertThat(ruleMessage(() -> Rules.insuranceName(text))).isEqualTo(INVALID);
                assertThat(ruleMessage(() -> Rules.modelName(text))).isEqualTo(INVALID);
                assertThat(ruleMessage(() -> Rules.firstName(text))).isEqualTo(INVALID);
                assertThat(ruleMessage(() -> Rules.employeeLastName(text))).isEqualTo(INVALID);
                assertThat(ruleMessage(() -> Rules.address("Main Street 1 " + text))).isEqualTo(INVALID);
                assertThat(ruleMessage(() -> Rules.phoneNumber("12345678" + text))).isEqualTo(INVALID);
                assertThat(ruleMessage(() -> Rules.email("anna" + text + "@example.com"))).isEqualTo(INVALID);
                assertThat(ruleMessage(() -> Rules.password("Secret-" + text + "-99"))).isEqualTo(INVALID);
                assertThat(ruleMessage(() -> Rules.url("https://example.com/" + text))).isEqualTo(INVALID);
            }
        }

        @Test
        void aPairedSurrogateIsOneCharacterLikeAnyOther() {
            assertThat(Rules.catalogName("Ab\ud83d\ude00")).isEqualTo("Ab\uD83D\uDE00");
            assertThat(Rules.address("Main Street \ud83d\ude00")).isEqualTo("Main Street \uD83D\uDE00");
        }
    }
}
