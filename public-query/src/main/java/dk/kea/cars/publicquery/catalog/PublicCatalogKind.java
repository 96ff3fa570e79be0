package dk.kea.cars.publicquery.catalog;

import dk.kea.cars.platform.web.OperationTexts;
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
        return OperationTexts.fill(operation, Map.of("{entry}", entry, "{entries}", entries, "{Entry}", title(),
                "{Entries}", capitalized(entries), "{Every entry}", everyEntry));
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
