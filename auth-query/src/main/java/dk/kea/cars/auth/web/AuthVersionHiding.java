package dk.kea.cars.auth.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kea.cars.api.common.VersionedView;
import org.springframework.boot.jackson.JacksonMixin;

/** REST bodies leave the version out. Axon's own (Jackson 2) serializer does not see this mixin and keeps it. */
@JacksonMixin(VersionedView.class)
@JsonIgnoreProperties({"version", "deleted"})
public abstract class AuthVersionHiding {
}
