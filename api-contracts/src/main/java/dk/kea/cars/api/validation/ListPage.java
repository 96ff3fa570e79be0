package dk.kea.cars.api.validation;

/**
 * The {@code limit} and {@code offset} of every list of every service (spec §5): {@code limit} 1–1000 (default
 * 100), {@code offset} at least 0, else 422 naming each bad field. Constructing one is checking it.
 */
public record ListPage(int limit, int offset) {

    /** For {@code @RequestParam(defaultValue = ...)}. */
    public static final String DEFAULT_LIMIT = "100";
    public static final String DEFAULT_OFFSET = "0";
    public static final int MAX_LIMIT = 1000;

    public ListPage {
        Check check = new Check();
        check.field("limit", limit, ListPage::limit);
        check.field("offset", offset, ListPage::offset);
        check.done();
    }

    /** The limit rule alone, for lists that continue after a cursor instead of an offset. */
    public static int limit(int value) {
        if (value < 1 || value > MAX_LIMIT) {
            throw new RuleViolation("must be between 1 and " + MAX_LIMIT);
        }
        return value;
    }

    public static int offset(int value) {
        if (value < 0) {
            throw new RuleViolation("must be at least 0");
        }
        return value;
    }
}
