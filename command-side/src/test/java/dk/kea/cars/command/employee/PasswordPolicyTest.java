package dk.kea.cars.command.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import dk.kea.cars.api.validation.Check;
import dk.kea.cars.api.validation.FieldError;
import dk.kea.cars.api.validation.InvalidInput;
import dk.kea.cars.api.validation.RuleViolation;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Spec §3 password policy: shape first (8–64, no whitespace), then the shipped list of common passwords, then
 * zxcvbn's strength estimate (score at least 3).
 */
class PasswordPolicyTest {

    private static final String LENGTH = "must be between 8 and 64 characters";
    private static final String WHITESPACE = "must not contain whitespace";

    /** The message is a constant; "password" itself is the one password that is a word of it. */
    @Test
    void passwordAnd12345678AreRefused() {
        assertThat(ruleMessage(() -> PasswordPolicy.check("password"))).isEqualTo(PasswordPolicy.COMMON_PASSWORD);
        assertThat(ruleMessage(() -> PasswordPolicy.check("12345678"))).isEqualTo(PasswordPolicy.COMMON_PASSWORD)
                .doesNotContain("12345678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "qwerty123", "iloveyou", "football", "baseball1", "#1stunna"})
    void commonPasswordsAreRefusedWithoutBeingEchoed(String password) {
        assertThat(PasswordPolicy.commonPasswords()).contains(password);

        String message = ruleMessage(() -> PasswordPolicy.check(password));

        assertThat(message).isEqualTo(PasswordPolicy.COMMON_PASSWORD).doesNotContain(password);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PASSWORD", "Password", "QwErTy123", "ILoveYou", "FootBall"})
    void theListIsCheckedWhateverTheCase(String password) {
        // a fixed message cannot echo what was typed
        assertThat(ruleMessage(() -> PasswordPolicy.check(password))).isEqualTo(PasswordPolicy.COMMON_PASSWORD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Velvet-Harbor-Quartz-Lantern-93", "Zq7!mR2xK", "Correct-Horse-42",
            "tangerine.kayak.orbit.mosaic", "correct-horse-battery-staple-9", "VxQhzkeamvtr!9q"})
    void uncommonPasswordsOfTheRightShapePass(String password) {
        assertThat(PasswordPolicy.check(password)).isSameAs(password);
    }

    @Test
    void aLongRandomPassphrasePasses() {
        SecureRandom random = new SecureRandom();
        List<String> words = List.of("amber", "bison", "cobalt", "drift", "ember", "fjord", "garnet", "harbor",
                "indigo", "juniper", "kayak", "lantern", "meadow", "nectar", "orbit", "quartz");
        StringBuilder phrase = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            String word = words.get(random.nextInt(words.size()));
            phrase.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1)).append('-');
        }
        phrase.append(10 + random.nextInt(90));
        String password = phrase.toString();

        assertThat(PasswordPolicy.check(password)).isEqualTo(password);
    }

    @Test
    void lengthBoundaries() {
        String seven = "Xq7#pLm";
        String sixtyFive = "Aa1-Bb2_Cc3=Dd4+".repeat(4) + "Z";
        String sixtyFour = "Vq7#Lm2!Kd9$Rw4%Hx6&Tz3*Pj8?Nb5^Gs1~Yc0@Fe7=Um2+Wk9_Qa4/Bo6;Ri3:";

        assertThat(ruleMessage(() -> PasswordPolicy.check(seven))).isEqualTo(LENGTH).doesNotContain(seven);
        assertThat(ruleMessage(() -> PasswordPolicy.check(sixtyFive))).isEqualTo(LENGTH).doesNotContain(sixtyFive);
        // zxcvbn never scores 8 characters above 10^8 guesses: 8 passes the length rule and is refused as guessable
        assertThat(ruleMessage(() -> PasswordPolicy.check("Xq7#pLm9"))).isEqualTo(PasswordPolicy.EASY_TO_GUESS);
        assertThat(PasswordPolicy.check("Xq7#pLm9w")).hasSize(9);
        assertThat(PasswordPolicy.check(sixtyFour)).hasSize(64);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Velvet Harbor 93", "Velvet\tHarbor93", " Velvet-Harbor-93", "Velvet-Harbor-93\n",
            "Velvet\u00a0Harbor-93x", "Velvet\u202fHarbor-93x", "Velvet\u2003Harbor-93x"})
    void whitespaceIsRefused(String password) {
        assertThat(ruleMessage(() -> PasswordPolicy.check(password))).isEqualTo(WHITESPACE).doesNotContain(password);
    }

    @Test
    void missingPasswordIsRequired() {
        assertThat(ruleMessage(() -> PasswordPolicy.check(null))).isEqualTo("is required");
    }

    /** The shape rule comes first: a common password that is too short is refused for its length. */
    @Test
    void shapeIsCheckedBeforeTheList() {
        assertThat(PasswordPolicy.commonPasswords()).contains("123456", "qwerty");

        assertThat(ruleMessage(() -> PasswordPolicy.check("123456"))).isEqualTo(LENGTH);
        assertThat(ruleMessage(() -> PasswordPolicy.check("qwerty"))).isEqualTo(LENGTH);
    }

    @Test
    void fitsACheckAndTheReportedFieldErrorDoesNotEchoThePassword() {
        InvalidInput invalid = invalidInput(() -> {
            Check check = new Check();
            check.field("password", "12345678", PasswordPolicy::check);
            check.done();
        });

        assertThat(invalid.errors()).containsExactly(new FieldError("password", PasswordPolicy.COMMON_PASSWORD));
        assertThat(invalid.getMessage()).doesNotContain("12345678");
    }

    @Test
    void theShippedListIsLargeLowerCasedAndLoadedOnce() throws Exception {
        assertThat(PasswordPolicy.commonPasswords()).hasSizeGreaterThanOrEqualTo(10_000)
                .allSatisfy(entry -> assertThat(entry).isEqualTo(entry.toLowerCase(Locale.ROOT)).isNotBlank()
                        .doesNotStartWith("#!comment:"))
                .contains("letmein", "trustno1", "1q2w3e4r", "passw0rd");
        assertThat(PasswordPolicy.commonPasswords()).isSameAs(PasswordPolicy.commonPasswords());

        long entriesInFile;
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(PasswordPolicy.LIST_RESOURCE)) {
            assertThat(in).as("list on the classpath").isNotNull();
            entriesInFile = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#!comment:")).count();
        }
        assertThat(PasswordPolicy.commonPasswords()).hasSize((int) entriesInFile);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Summer2024", "Password2024!", "P@ssw0rd2024", "qwertyuiop123", "aaaaaaaaaaaa",
            "abcdefgh12345", "Aa1-Aa1-Aa1-Aa1-", "Kristian1990", "Copenhagen2025"})
    void easyToGuessPasswordsAreRefusedWithoutBeingEchoed(String password) {
        String message = ruleMessage(() -> PasswordPolicy.check(password));

        assertThat(message).isIn(PasswordPolicy.EASY_TO_GUESS, PasswordPolicy.COMMON_PASSWORD)
                .doesNotContain(password);
    }

    @Test
    void summer2024IsRefusedAsEasyToGuess() {
        assertThat(PasswordPolicy.commonPasswords()).doesNotContain("summer2024");
        assertThat(ruleMessage(() -> PasswordPolicy.check("Summer2024"))).isEqualTo("must not be easy to guess");
        assertThat(PasswordPolicy.strength("Summer2024")).isLessThan(PasswordPolicy.MIN_ZXCVBN_SCORE);
    }

    /** The shape rule and the list come before the estimate: a common password is refused as common. */
    @Test
    void theListIsCheckedBeforeTheEstimate() {
        assertThat(PasswordPolicy.strength("iloveyou")).isLessThan(PasswordPolicy.MIN_ZXCVBN_SCORE);

        assertThat(ruleMessage(() -> PasswordPolicy.check("iloveyou"))).isEqualTo(PasswordPolicy.COMMON_PASSWORD);
        assertThat(ruleMessage(() -> PasswordPolicy.check("aaaa"))).isEqualTo(LENGTH);
        assertThat(ruleMessage(() -> PasswordPolicy.check("aaaa bbbb"))).isEqualTo(WHITESPACE);
    }

    @Test
    void aFourRandomWordPassphraseIsStrong() {
        SecureRandom random = new SecureRandom();
        List<String> words = List.of("amber", "bison", "cobalt", "drift", "ember", "fjord", "garnet", "harbor",
                "indigo", "juniper", "kayak", "lantern", "meadow", "nectar", "orbit", "quartz", "saffron", "tundra",
                "velvet", "walnut", "yonder", "zephyr", "pebble", "thistle");
        for (int round = 0; round < 50; round++) {
            // four different words, as a passphrase generator picks them: a word repeated is a pattern zxcvbn rates weak
            List<String> shuffled = new java.util.ArrayList<>(words);
            java.util.Collections.shuffle(shuffled, random);
            String password = String.join("-", shuffled.subList(0, 4));

            assertThatCode(() -> PasswordPolicy.check(password)).as("passphrase %s", password)
                    .doesNotThrowAnyException();
            assertThat(PasswordPolicy.check(password)).isEqualTo(password);
        }
    }

    /**
     * Other tests of the project create employees with passwords of this shape ("Vx" + ten random letters, the first
     * upper-cased, + "!9q", e.g. "VxQhzkeamvtr!9q"); the policy must keep letting every one of them through.
     */
    @Test
    void theShapeOtherTestsUseAlwaysPasses() {
        SecureRandom random = new SecureRandom();
        for (int round = 0; round < 2_000; round++) {
            StringBuilder word = new StringBuilder();
            for (int i = 0; i < 10; i++) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            String password = "Vx" + Character.toUpperCase(word.charAt(0)) + word.substring(1) + "!9q";

            assertThat(PasswordPolicy.check(password)).as("password %s", password).isEqualTo(password);
        }
        assertThat(PasswordPolicy.check("VxQhzkeamvtr!9q")).isEqualTo("VxQhzkeamvtr!9q");
    }

    @Test
    void passphrasesLikeOtherTestsUsePass() {
        for (String password : List.of("correct-horse-battery-staple-9", "correct-horse-battery-staple-42",
                "Correct-Horse-Battery-Staple-7", "correct-horse-battery")) {
            assertThat(PasswordPolicy.check(password)).isEqualTo(password);
        }
    }

    @Test
    void anEasyPasswordFitsACheckWithoutBeingEchoed() {
        InvalidInput invalid = invalidInput(() -> {
            Check check = new Check();
            check.field("password", "Summer2024", PasswordPolicy::check);
            check.done();
        });

        assertThat(invalid.errors()).containsExactly(new FieldError("password", PasswordPolicy.EASY_TO_GUESS));
        assertThat(invalid.getMessage()).doesNotContain("Summer2024");
    }

    /** The message of the {@link RuleViolation} the policy throws. */
    private static String ruleMessage(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("rule violation").isInstanceOf(RuleViolation.class);
        return thrown.getMessage();
    }

    private static InvalidInput invalidInput(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("invalid input").isInstanceOf(InvalidInput.class);
        return (InvalidInput) thrown;
    }
}
