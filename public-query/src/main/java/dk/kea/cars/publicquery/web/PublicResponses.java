package dk.kea.cars.publicquery.web;

import dk.kea.cars.api.common.VersionedView;
import dk.kea.cars.api.validation.ListPage;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;

/** The shapes every public resource answers in: lists sorted by name, single resources with their version. */
public final class PublicResponses {

    private PublicResponses() {
    }

    /** One page of the documents, by name; the id breaks ties so equal names keep a stable order. */
    public static Query byName(ListPage page) {
        return new Query().with(Sort.by("name", "_id")).skip(page.offset()).limit(page.limit());
    }

    public static <V extends VersionedView> ResponseEntity<V> versioned(Optional<V> view, String kind, UUID id) {
        V found = view.orElseThrow(() -> new PublicNotFound(kind + " " + id + " was not found"));
        return ResponseEntity.ok().eTag("\"" + found.version() + "\"").body(found);
    }
}
