package dk.kea.cars.publicquery.web;

/** The requested catalog entry does not exist; the message names it and becomes the problem's detail. */
public class PublicNotFound extends RuntimeException {

    public PublicNotFound(String detail) {
        super(detail, null, false, false);
    }
}
