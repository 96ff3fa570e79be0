package dk.kea.cars.query.web;

import dk.kea.cars.platform.web.OperationTexts;
import io.swagger.v3.oas.models.Operation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How one kind of entry is named: in a 404's detail, and in the API docs that read controllers of several kinds
 * share. Their texts name the kind as {@code {entry}}, {@code {entries}} and {@code {Entry}}; a text a kind words
 * its own way is a placeholder of its own, with a default.
 */
public record EntryKind(String entry, String entries, Map<String, String> texts) {

    /** What {@code GET …/{id}} answers. */
    public static final String ONE = "{one}";
    /** When {@code GET …/{id}} answers 404. */
    public static final String NOT_FOUND = "{not found}";

    public EntryKind {
        texts = Map.copyOf(texts);
    }

    public static EntryKind of(String entry, String entries) {
        return new EntryKind(entry, entries,
                Map.of(ONE, "The {entry} with its version as ETag.", NOT_FOUND, "No {entry} has this id"));
    }

    /** This kind words {@code placeholder} as {@code text}. */
    public EntryKind saying(String placeholder, String text) {
        Map<String, String> changed = new LinkedHashMap<>(texts);
        changed.put(placeholder, text);
        return new EntryKind(entry, entries, changed);
    }

    /** The name a problem detail starts with: "Brand 8bb8… was not found". */
    public String title() {
        return Character.toUpperCase(entry.charAt(0)) + entry.substring(1);
    }

    /** Fills this kind's own texts first: they may use the shared words. */
    Operation fill(Operation operation) {
        Map<String, String> words = new LinkedHashMap<>(texts);
        words.putAll(Map.of("{entry}", entry, "{entries}", entries, "{Entry}", title()));
        return OperationTexts.fill(operation, words);
    }
}
