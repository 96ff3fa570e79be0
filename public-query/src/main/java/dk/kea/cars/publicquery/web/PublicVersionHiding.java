package dk.kea.cars.publicquery.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kea.cars.api.common.VersionedView;
import org.springframework.boot.jackson.JacksonMixin;

/** REST bodies leave the version out; it goes out as the ETag instead. Axon's own serializer still carries it. */
@JacksonMixin(VersionedView.class)
@JsonIgnoreProperties({"version", "deleted"})
public abstract class PublicVersionHiding {
}
