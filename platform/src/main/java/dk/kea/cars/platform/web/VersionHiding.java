package dk.kea.cars.platform.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Keeps a view's {@code version} out of REST bodies (it goes out as the ETag instead), and a plain {@code deleted}
 * flag, which is transport-only. Only the web mapper gets this mixin ({@link WebJsonAutoConfiguration}); Axon's own
 * Jackson 2 serializer keeps both between services.
 */
@JsonIgnoreProperties({"version", "deleted"})
interface VersionHiding {
}
