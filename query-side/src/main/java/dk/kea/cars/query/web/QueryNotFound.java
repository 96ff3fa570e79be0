package dk.kea.cars.query.web;

import java.util.UUID;

/** A resource or a filter named an entity the read model does not hold; answered as 404. */
public class QueryNotFound extends RuntimeException {

    public QueryNotFound(String what, UUID id) {
        super(what + " " + id + " was not found.", null, false, false);
    }
}
