package dk.kea.cars.query.web;

import dk.kea.cars.api.common.VersionedView;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseEntity;

/** Single-resource answers: the view with {@code ETag: "<version>"}, or 404 when the read model lacks it. */
public final class QueryResponses {

    private QueryResponses() {
    }

    public static <V extends VersionedView> ResponseEntity<V> found(Optional<V> view, String what, UUID id) {
        return ok(view.orElseThrow(() -> new QueryNotFound(what, id)));
    }

    public static <V extends VersionedView> ResponseEntity<V> ok(V view) {
        return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
    }
}
