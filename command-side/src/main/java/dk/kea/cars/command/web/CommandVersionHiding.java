package dk.kea.cars.command.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kea.cars.api.common.VersionedView;
import org.springframework.boot.jackson.JacksonMixin;

/** The version of a view goes out as the ETag header, not in the body; a plain deleted flag is transport-only. */
@JacksonMixin(VersionedView.class)
@JsonIgnoreProperties({"version", "deleted"})
interface CommandVersionHiding {
}
