package dk.kea.cars.query.web;

/** A part of the system this answer needs did not answer in time; answered as 503 so the client may retry. */
public class QueryUnavailable extends RuntimeException {

    public QueryUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
