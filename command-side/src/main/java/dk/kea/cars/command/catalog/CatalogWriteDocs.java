package dk.kea.cars.command.catalog;

import dk.kea.cars.platform.web.OperationTexts;
import io.swagger.v3.oas.models.Operation;
import java.util.HashMap;
import java.util.Map;

/**
 * The words the API docs of one kind's writes use. The texts {@link CatalogWriteController} shares name the kind as
 * {@code {entry}}, {@code {an entry}} and {@code {An entry}}; the answers that differ by kind are placeholders of
 * their own, and an answer left without words is not documented.
 */
public record CatalogWriteDocs(Map<String, String> words) {

    public static final String CREATE_NOT_FOUND = "{create 404}";
    public static final String CREATE_CONFLICT = "{create 409}";
    public static final String CHANGE_NOT_FOUND = "{change 404}";
    public static final String CHANGE_CONFLICT = "{change 409}";

    public CatalogWriteDocs {
        words = Map.copyOf(words);
    }

    /** A kind whose names are unique among its own: a taken name is the conflict its writes answer. */
    public static CatalogWriteDocs uniquelyNamed(String article, String entry) {
        return of(article, entry).answering(CREATE_CONFLICT, "The name is taken")
                .answering(CHANGE_CONFLICT, "The new name is taken");
    }

    /** {@code article} goes before the entry's name where the docs speak of one: "a brand", "an accessory". */
    public static CatalogWriteDocs of(String article, String entry) {
        String anEntry = article + " " + entry;
        return new CatalogWriteDocs(Map.of("{entry}", entry, "{an entry}", anEntry,
                "{An entry}", Character.toUpperCase(anEntry.charAt(0)) + anEntry.substring(1),
                CREATE_NOT_FOUND, "", CREATE_CONFLICT, "", CHANGE_NOT_FOUND, "No " + entry + " with this id",
                CHANGE_CONFLICT, ""));
    }

    public CatalogWriteDocs answering(String placeholder, String answer) {
        Map<String, String> changed = new HashMap<>(words);
        changed.put(placeholder, answer);
        return new CatalogWriteDocs(changed);
    }

    Operation fill(Operation operation) {
        OperationTexts.fill(operation, words);
        operation.getResponses().values().removeIf(response -> response.getDescription().isEmpty());
        return operation;
    }
}
