package dk.kea.cars.command.employee;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import dk.kea.cars.api.validation.RuleViolation;
import dk.kea.cars.api.validation.Rules;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The whole password policy of spec §3 for creating or changing a password: first the shape rule
 * {@link Rules#password} (8–64 characters, no whitespace; no-break spaces count as whitespace too), then the password, lower-cased, must not be in the list
 * of common and breached passwords shipped as the resource {@value #LIST_RESOURCE} beside this class (works offline),
 * and last the password must not be easy to guess: the zxcvbn estimator (zxcvbn4j, dictionaries bundled, offline)
 * must score it at least {@value #MIN_ZXCVBN_SCORE} of 4. zxcvbn caps a password of n characters at 10<sup>n</sup>
 * guesses, so in practice a password needs 9 or more characters, or a passphrase, to pass.
 * Every refusal is a {@link RuleViolation} whose message names the rule and never the password, so it can be used as
 * {@code check.field("password", password, PasswordPolicy::check)}.
 *
 * <p>The list is read once, on first use, into a {@link HashSet}; a lookup is one hash probe.
 */
public final class PasswordPolicy {

    /** The list's resource name, relative to this class's package. */
    public static final String LIST_RESOURCE = "common-passwords.txt";
    public static final String COMMON_PASSWORD = "must not be a commonly used or breached password";
    public static final String WHITESPACE = "must not contain whitespace";
    public static final String EASY_TO_GUESS = "must not be easy to guess";
    /** The lowest zxcvbn score (0–4) accepted: 3 is "safely unguessable" (about 10^8 guesses or more). */
    public static final int MIN_ZXCVBN_SCORE = 3;

    /** Lines of the list that are notes, not passwords (some real entries start with a plain "#"). */
    private static final String COMMENT = "#!comment:";

    private PasswordPolicy() {
    }

    /** Returns the password unchanged, or throws a {@link RuleViolation} naming the rule it broke. */
    public static String check(String password) {
        Rules.password(password);
        // Character.isWhitespace leaves out the no-break spaces (U+00A0, U+2007, U+202F); they are spaces all the same
        if (password.chars().anyMatch(Character::isSpaceChar)) {
            throw new RuleViolation(WHITESPACE);
        }
        if (CommonPasswords.ALL.contains(password.toLowerCase(Locale.ROOT))) {
            throw new RuleViolation(COMMON_PASSWORD);
        }
        if (strength(password) < MIN_ZXCVBN_SCORE) {
            throw new RuleViolation(EASY_TO_GUESS);
        }
        return password;
    }

    /** zxcvbn's score 0 (too guessable) to 4 (very unguessable); the password is never kept or logged. */
    static int strength(String password) {
        Strength strength = Estimator.ZXCVBN.measure(password);
        try {
            return strength.getScore();
        } finally {
            strength.wipe(); // the result holds the password's pieces; clear them
        }
    }

    /** The loaded list (lower-cased); the same instance on every call. */
    static Set<String> commonPasswords() {
        return CommonPasswords.ALL;
    }

    /** Holder class: zxcvbn's dictionaries are read once, on first use. The estimator keeps no state between calls. */
    private static final class Estimator {

        static final Zxcvbn ZXCVBN = new Zxcvbn();
    }

    /** Holder class: the JVM loads it, and so reads the list, once and thread-safely, on the first {@link #check}. */
    private static final class CommonPasswords {

        static final Set<String> ALL = load();

        private static Set<String> load() {
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The common password list " + LIST_RESOURCE
                            + " is missing from the classpath (package dk.kea.cars.command.employee)");
                }
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                Set<String> passwords = new HashSet<>(32_768);
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    String entry = line.strip();
                    if (!entry.isEmpty() && !entry.startsWith(COMMENT)) {
                        passwords.add(entry.toLowerCase(Locale.ROOT));
                    }
                }
                return Collections.unmodifiableSet(passwords);
            } catch (IOException e) {
                throw new UncheckedIOException("The common password list " + LIST_RESOURCE + " cannot be read", e);
            }
        }
    }
}
