package dk.kea.cars.api.common;

/**
 * A read-model view that knows the aggregate sequence number it reflects. The version travels between services
 * (it drives read-your-writes and the ETag header) but is not part of any REST body.
 */
public interface VersionedView {

    long version();
}
