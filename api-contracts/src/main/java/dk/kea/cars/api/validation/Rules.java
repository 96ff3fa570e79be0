package dk.kea.cars.api.validation;

import dk.kea.cars.api.image.StoredImages;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The value rules of spec §5, each in exactly one place. Every rule returns the normalised value or throws a
 * {@link RuleViolation} whose message names the rule (never echoing secrets).
 */
public final class Rules {

    public static final BigDecimal MAX_INSURANCE_PRICE = new BigDecimal("100000");
    public static final BigDecimal MAX_ACCESSORY_PRICE = new BigDecimal("100000");
    public static final BigDecimal MAX_COLOR_PRICE = new BigDecimal("100000");
    public static final BigDecimal MAX_MODEL_PRICE = new BigDecimal("10000000");
    public static final int MAX_URL_LENGTH = 2048;

    private static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");
    private static final Pattern FIRST_NAME = Pattern.compile("^\\p{L}+(?:[ -]\\p{L}+)*$");
    private static final Pattern LAST_NAME = Pattern.compile("^\\p{L}+(?:-\\p{L}+)*$");
    private static final Pattern PHONE = Pattern.compile("^(?:\\+\\d{1,3})?\\d{8,30}$");
    public static final LocalDate FIRST_PURCHASE_DATE = LocalDate.of(2023, 1, 1);
    public static final int PURCHASE_WINDOW_DAYS = 30;
    public static final int MAX_ACCESSORIES = 10;
    public static final int MAX_INSURANCES = 20;
    private static final Pattern DOUBLE_SPACE = Pattern.compile(" {2,}");
    private static final Pattern WORD_SEPARATOR = Pattern.compile("(?<=[ -])|(?=[ -])");

    private Rules() {
    }

    public static <T> T required(T value) {
        if (value == null) {
            throw new RuleViolation("is required");
        }
        return value;
    }

    /** A valid address of 8–100 characters; surrounding spaces trimmed, domain lower-cased. */
    public static String email(String raw) {
        String value = text(raw).trim();
        if (value.length() < 8 || value.length() > 100) {
            throw new RuleViolation("must be between 8 and 100 characters");
        }
        if (!EMAIL.matcher(value).matches()) {
            throw new RuleViolation("must be a valid email address");
        }
        int at = value.lastIndexOf('@');
        return value.substring(0, at + 1) + value.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * The shape part of the password policy (§3): 8–64 characters, no whitespace. The message names the rule and
     * never the password.
     */
    public static String password(String raw) {
        text(raw);
        if (raw.length() < 8 || raw.length() > 64) {
            throw new RuleViolation("must be between 8 and 64 characters");
        }
        if (raw.chars().anyMatch(Character::isWhitespace)) {
            throw new RuleViolation("must not contain whitespace");
        }
        return raw;
    }

    /** Optional phone: blank means none; else an optional "+" with up to 3 country digits, then 8–30 digits. */
    public static String phoneNumber(String raw) {
        if (raw == null || text(raw).isBlank()) {
            return null;
        }
        if (!PHONE.matcher(raw).matches()) {
            throw new RuleViolation("must be 8–30 digits, optionally after + and up to 3 country digits, no spaces");
        }
        return raw;
    }

    /** Optional address: blank means none; "<" and ">" are removed; 5–255 characters without double spaces. */
    public static String address(String raw) {
        if (raw == null) {
            return null;
        }
        String value = text(raw).replace("<", "").replace(">", "").trim();
        if (value.isEmpty()) {
            return null;
        }
        if (DOUBLE_SPACE.matcher(value).find()) {
            throw new RuleViolation("must not contain double spaces");
        }
        if (value.length() < 5 || value.length() > 255) {
            throw new RuleViolation("must be between 5 and 255 characters");
        }
        return value;
    }

    /** The date in UTC that "today" means for deadlines and purchase dates. */
    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** Default today+30; must be after today and at most today+30 (spec §5). */
    public static LocalDate purchaseDeadline(LocalDate raw) {
        LocalDate today = today();
        LocalDate deadline = raw == null ? today.plusDays(PURCHASE_WINDOW_DAYS) : raw;
        if (!deadline.isAfter(today) || deadline.isAfter(today.plusDays(PURCHASE_WINDOW_DAYS))) {
            throw new RuleViolation("must be after today and at most " + PURCHASE_WINDOW_DAYS + " days from today");
        }
        return deadline;
    }

    /** Default today; not before 2023-01-01 and not in the future (spec §5). */
    public static LocalDate dateOfPurchase(LocalDate raw) {
        LocalDate date = raw == null ? today() : raw;
        if (date.isBefore(FIRST_PURCHASE_DATE)) {
            throw new RuleViolation("must not be before " + FIRST_PURCHASE_DATE);
        }
        if (date.isAfter(today())) {
            throw new RuleViolation("must not be in the future");
        }
        return date;
    }

    /** At most 10 accessories, no duplicates; none given means none. */
    public static List<UUID> accessoryIds(Collection<UUID> raw) {
        return distinctIds(raw == null ? List.of() : raw, 0, MAX_ACCESSORIES);
    }

    /** No duplicate insurances; none given means none. */
    public static List<UUID> insuranceIds(Collection<UUID> raw) {
        return distinctIds(raw == null ? List.of() : raw, 0, MAX_INSURANCES);
    }

    /** Customer first names: 1–45 letters per word, words joined by one space or hyphen, title case. */
    public static String firstName(String raw) {
        return personName(raw, 45, FIRST_NAME, "letters, single spaces and hyphens");
    }

    /** Employee first names: as customers', up to 50 characters. */
    public static String employeeFirstName(String raw) {
        return personName(raw, 50, FIRST_NAME, "letters, single spaces and hyphens");
    }

    /** Customer last names: as first names but without spaces. */
    public static String lastName(String raw) {
        return personName(raw, 45, LAST_NAME, "letters and single hyphens, no spaces");
    }

    /** Employee last names: as customers', up to 50 characters. */
    public static String employeeLastName(String raw) {
        return personName(raw, 50, LAST_NAME, "letters and single hyphens, no spaces");
    }

    /** Names of brands, colors and accessories: trimmed, no double spaces, 3–45 characters. */
    public static String catalogName(String raw) {
        return boundedName(raw, 3, 45);
    }

    /** Model names: trimmed, no double spaces, 1–60 characters. */
    public static String modelName(String raw) {
        return boundedName(raw, 1, 60);
    }

    /** Insurance names: as catalog names, stored in title case. */
    public static String insuranceName(String raw) {
        return titleCase(catalogName(raw));
    }

    public static BigDecimal insurancePrice(BigDecimal raw) {
        return positivePrice(raw, MAX_INSURANCE_PRICE);
    }

    public static BigDecimal accessoryPrice(BigDecimal raw) {
        return positivePrice(raw, MAX_ACCESSORY_PRICE);
    }

    public static BigDecimal modelPrice(BigDecimal raw) {
        return positivePrice(raw, MAX_MODEL_PRICE);
    }

    /** Colors may be free (price 0), never negative. */
    public static BigDecimal colorPrice(BigDecimal raw) {
        BigDecimal price = money(raw);
        if (price.signum() < 0 || price.compareTo(MAX_COLOR_PRICE) > 0) {
            throw new RuleViolation("must be between 0 and " + MAX_COLOR_PRICE.toPlainString());
        }
        return price;
    }

    public static Integer rgb(Integer raw) {
        required(raw);
        if (raw < 0 || raw > 255) {
            throw new RuleViolation("must be between 0 and 255");
        }
        return raw;
    }

    /** An absolute http(s) URL, as used for logos and model images. */
    public static String url(String raw) {
        String value = text(raw).trim();
        if (value.length() > MAX_URL_LENGTH) {
            throw new RuleViolation("must be at most " + MAX_URL_LENGTH + " characters");
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new RuleViolation("must be an absolute http or https URL");
            }
        } catch (URISyntaxException e) {
            throw new RuleViolation("must be an absolute http or https URL");
        }
        return value;
    }

    /**
     * A model's image: an absolute http(s) URL as {@link #url} accepts, or the path of an image stored by a multipart
     * create ({@code /api/public/images/<sha256>}, {@link StoredImages}).
     */
    public static String imageUrl(String raw) {
        String value = text(raw).trim();
        if (StoredImages.isUrl(value)) {
            return value;
        }
        try {
            return url(value);
        } catch (RuleViolation notAbsolute) {
            if (value.length() > MAX_URL_LENGTH) {
                throw notAbsolute;
            }
            throw new RuleViolation("must be an absolute http or https URL or " + StoredImages.PATH + "<sha256>");
        }
    }

    /** The colors a model is offered in: at least one, no duplicates. */
    public static List<UUID> colorIds(Collection<UUID> raw) {
        return distinctIds(raw, 1, 100);
    }

    /** A list of ids that must hold at least {@code min} entries and no duplicates. */
    public static List<UUID> distinctIds(Collection<UUID> raw, int min, int max) {
        required(raw);
        if (raw.stream().anyMatch(Objects::isNull)) {
            throw new RuleViolation("must not contain null");
        }
        if (raw.size() < min || raw.size() > max) {
            throw new RuleViolation("must hold between " + min + " and " + max + " ids");
        }
        if (new HashSet<>(raw).size() != raw.size()) {
            throw new RuleViolation("must not contain duplicates");
        }
        return List.copyOf(raw);
    }

    /** "hEnRiK-hEnRy" → "Henrik-Henry": every word separated by a space or hyphen starts upper case. */
    public static String titleCase(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (String part : WORD_SEPARATOR.split(value)) {
            if (part.isEmpty() || part.equals(" ") || part.equals("-")) {
                out.append(part);
            } else {
                out.append(part.substring(0, 1).toUpperCase(Locale.ROOT))
                        .append(part.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return out.toString();
    }

    /**
     * Every text field passes here first. A string that is not valid Unicode (a lone surrogate, which JSON's
     * {@code "\ud83d"} escape can carry) would be stored as is and then shown differently by every reader.
     */
    private static String text(String raw) {
        required(raw);
        if (raw.codePoints().anyMatch(codePoint -> Character.getType(codePoint) == Character.SURROGATE)) {
            throw new RuleViolation("must be valid Unicode text (no unpaired surrogate)");
        }
        return raw;
    }

    private static String personName(String raw, int max, Pattern shape, String allowed) {
        String value = text(raw).trim();
        if (value.isEmpty() || value.length() > max) {
            throw new RuleViolation("must be between 1 and " + max + " characters");
        }
        if (!shape.matcher(value).matches()) {
            throw new RuleViolation("must contain only " + allowed);
        }
        return titleCase(value);
    }

    private static String boundedName(String raw, int min, int max) {
        String value = text(raw).trim();
        if (DOUBLE_SPACE.matcher(value).find()) {
            throw new RuleViolation("must not contain double spaces");
        }
        if (value.length() < min || value.length() > max) {
            throw new RuleViolation("must be between " + min + " and " + max + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new RuleViolation("must not contain control characters");
        }
        return value;
    }

    private static BigDecimal positivePrice(BigDecimal raw, BigDecimal max) {
        BigDecimal price = money(raw);
        if (price.signum() <= 0 || price.compareTo(max) > 0) {
            throw new RuleViolation("must be greater than 0 and at most " + max.toPlainString());
        }
        return price;
    }

    /** Money has two decimals; more precision than a cent is refused rather than silently rounded. */
    private static BigDecimal money(BigDecimal raw) {
        required(raw);
        if (raw.stripTrailingZeros().scale() > 2) {
            throw new RuleViolation("must have at most two decimals");
        }
        return raw.setScale(2);
    }
}
