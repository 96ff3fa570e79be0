package dk.kea.cars.query.web;

import dk.kea.cars.api.validation.Check;
import dk.kea.cars.api.validation.RuleViolation;

/** The {@code limit} and {@code offset} of every list (spec §5): 1–1000 and at least 0, else 422 per field. */
public record QueryPage(int limit, int offset) {

    /** For {@code @RequestParam(defaultValue = ...)}. */
    public static final String DEFAULT_LIMIT = "100";
    private static final int MAX_LIMIT = 1000;

    public QueryPage {
        Check check = new Check();
        check.field("limit", limit, value -> within(value, 1, MAX_LIMIT, "must be between 1 and " + MAX_LIMIT));
        check.field("offset", offset, value -> within(value, 0, Integer.MAX_VALUE, "must be at least 0"));
        check.done();
    }

    private static int within(int value, int min, int max, String rule) {
        if (value < min || value > max) {
            throw new RuleViolation(rule);
        }
        return value;
    }
}
