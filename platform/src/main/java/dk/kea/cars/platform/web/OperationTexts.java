package dk.kea.cars.platform.web;

import io.swagger.v3.oas.models.Operation;
import java.util.Map;

/**
 * Fills the placeholders of an API operation's texts, so controllers that several kinds of entry share document
 * each kind in its own words ("Get one {entry}" → "Get one brand").
 */
public final class OperationTexts {

    private OperationTexts() {
    }

    /**
     * Replaces each key of {@code words} by its value, in the map's iteration order, in the operation's id, summary,
     * description, parameters and responses with their headers.
     */
    public static Operation fill(Operation operation, Map<String, String> words) {
        operation.setOperationId(fill(operation.getOperationId(), words));
        operation.setSummary(fill(operation.getSummary(), words));
        operation.setDescription(fill(operation.getDescription(), words));
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(parameter ->
                    parameter.setDescription(fill(parameter.getDescription(), words)));
        }
        if (operation.getResponses() != null) {
            operation.getResponses().values().forEach(response -> {
                response.setDescription(fill(response.getDescription(), words));
                if (response.getHeaders() != null) {
                    response.getHeaders().values().forEach(header ->
                            header.setDescription(fill(header.getDescription(), words)));
                }
            });
        }
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
}
