package dk.kea.cars.query.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kea.cars.api.common.VersionedView;
import org.springframework.boot.jackson.JacksonMixin;

/**
 * Keeps {@code version} out of REST bodies (it goes out as the ETag instead). Only the web mapper sees this
 * mixin; Axon's own Jackson 2 serializer keeps the version between services.
 */
@JacksonMixin(VersionedView.class)
@JsonIgnoreProperties({"version", "deleted"})
public abstract class QueryVersionHiding {
}
