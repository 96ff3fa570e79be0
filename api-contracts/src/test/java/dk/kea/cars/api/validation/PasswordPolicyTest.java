package dk.kea.cars.api.validation;

import static dk.kea.cars.api.validation.Violations.invalidInput;
import static dk.kea.cars.api.validation.Violations.ruleMessage;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Spec §3 password policy: shape first (8–64, no whitespace), then the shipped list of common passwords. */
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
    @ValueSource(strings = {"Velvet-Harbor-Quartz-Lantern-93", "Zq7!mR2x", "Correct-Horse-42",
            "tangerine.kayak.orbit.mosaic"})
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
        String sixtyFive = "Aa1-".repeat(16) + "Z";

        assertThat(ruleMessage(() -> PasswordPolicy.check(seven))).isEqualTo(LENGTH).doesNotContain(seven);
        assertThat(ruleMessage(() -> PasswordPolicy.check(sixtyFive))).isEqualTo(LENGTH).doesNotContain(sixtyFive);
        assertThat(PasswordPolicy.check("Xq7#pLm9")).hasSize(8);
        assertThat(PasswordPolicy.check("Aa1-".repeat(16))).hasSize(64);
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
}
