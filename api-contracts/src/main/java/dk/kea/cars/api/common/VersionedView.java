package dk.kea.cars.api.common;

/**
 * A read-model view that knows the aggregate sequence number it reflects. The version travels between services
 * (it drives read-your-writes and the ETag header) but is not part of any REST body; neither is a plain
 * {@code deleted} flag of a view whose deleted entities are never shown (customers, cars, purchases).
 */
public interface VersionedView {

    long version();
}
