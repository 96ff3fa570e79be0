package dk.kea.cars.query.web;

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

    Operation fill(Operation operation) {
        operation.setSummary(fill(operation.getSummary()));
        operation.setDescription(fill(operation.getDescription()));
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(parameter -> parameter.setDescription(fill(parameter.getDescription())));
        }
        operation.getResponses().values().forEach(response -> response.setDescription(fill(response.getDescription())));
        return operation;
    }

    private String fill(String text) {
        if (text == null) {
            return null;
        }
        String filled = text;
        for (Map.Entry<String, String> own : texts.entrySet()) {
            filled = filled.replace(own.getKey(), own.getValue());
        }
        return filled.replace("{entry}", entry).replace("{entries}", entries).replace("{Entry}", title());
    }
}
