package dk.kea.cars.publicquery.catalog;

import io.swagger.v3.oas.models.Operation;
import java.util.Map;

/**
 * How one kind of catalog entry is named: in a 404's detail, and in the API docs, whose texts
 * {@link PublicCatalogController} shares as {@code {entry}}, {@code {entries}}, {@code {Entry}} and {@code {Entries}};
 * {@code {Every entry}} says what the list holds: {@code everyEntry}, such as "Every color a model can be ordered in".
 */
public record PublicCatalogKind(String entry, String entries, String everyEntry) {

    /** The name a problem detail starts with: "Brand 8bb8… was not found". */
    public String title() {
        return capitalized(entry);
    }

    Operation fill(Operation operation) {
        Map<String, String> words = Map.of("{entry}", entry, "{entries}", entries, "{Entry}", title(),
                "{Entries}", capitalized(entries), "{Every entry}", everyEntry);
        operation.setOperationId(fill(operation.getOperationId(), words));
        operation.setSummary(fill(operation.getSummary(), words));
        operation.setDescription(fill(operation.getDescription(), words));
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(parameter ->
                    parameter.setDescription(fill(parameter.getDescription(), words)));
        }
        operation.getResponses().values().forEach(response -> {
            response.setDescription(fill(response.getDescription(), words));
            if (response.getHeaders() != null) {
                response.getHeaders().values().forEach(header ->
                        header.setDescription(fill(header.getDescription(), words)));
            }
        });
        return operation;
    }

    private static String fill(String text, Map<String, String> words) {
        if (text == null) {
            return null;
        }
        String filled = text;
        for (Map.Entry<String, String> word : words.entrySet()) {
            filled = filled.replace(word.getKey(), word.getValue());
        }
        return filled;
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
