package dk.kea.cars.command.web;

import dk.kea.cars.api.common.FreshnessHeaders;
import dk.kea.cars.api.common.VersionedView;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.net.URI;

/**
 * Turns the outcome of a write into the response spec §4 asks for: 201/200 with the view, or 202 when unconfirmed;
 * each with {@code X-Event-Position}, the position a read elsewhere may wait for (README, Freshness).
 */
public final class Writes {

    private Writes() {
    }

    public static <V extends VersionedView> ResponseEntity<Object> respond(ReadYourWrites.Outcome<V> outcome,
                                                                           String location) {
        long version = outcome.result().version();
        if (outcome.view().isEmpty()) {
            return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create(location))
                    .headers(positionOf(outcome)).eTag(etag(version)).build();
        }
        HttpStatus status = outcome.result().created() ? HttpStatus.CREATED : HttpStatus.OK;
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status).headers(positionOf(outcome))
                .eTag(etag(version));
        if (outcome.result().created()) {
            response.location(URI.create(location));
        }
        return response.body(outcome.view().get());
    }

    /** A delete answers 204 once the read model shows the tombstone, 202 while it does not yet. */
    public static <V extends VersionedView> ResponseEntity<Object> respondDeleted(ReadYourWrites.Outcome<V> outcome,
                                                                                  String location) {
        if (outcome.view().isEmpty()) {
            return respond(outcome, location);
        }
        return ResponseEntity.noContent().headers(positionOf(outcome)).eTag(etag(outcome.result().version())).build();
    }

    private static HttpHeaders positionOf(ReadYourWrites.Outcome<?> outcome) {
        HttpHeaders headers = new HttpHeaders();
        outcome.eventPosition().ifPresent(position ->
                headers.set(FreshnessHeaders.EVENT_POSITION, Long.toString(position)));
        return headers;
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }
}
