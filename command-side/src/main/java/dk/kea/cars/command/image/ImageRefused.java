package dk.kea.cars.command.image;

/** An uploaded image was refused before anything was stored; the message says why and becomes the problem's detail. */
public class ImageRefused extends RuntimeException {

    /** Why: too many bytes (413) or bytes that are no image of ours (415). */
    public enum Reason {
        TOO_LARGE,
        NOT_AN_IMAGE
    }

    private final Reason reason;

    ImageRefused(Reason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
