package dk.kea.cars.command.image;

/** Where model images are kept, content-addressed: storing bytes that are stored already stores nothing. */
public interface ModelImageStore {

    /**
     * Stores the image under its hash unless an image of that hash is stored already.
     *
     * @return whether this call stored it ({@code false}: the same bytes were there before)
     */
    boolean store(ModelImage image);
}
