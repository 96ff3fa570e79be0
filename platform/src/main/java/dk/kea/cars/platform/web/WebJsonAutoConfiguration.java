package dk.kea.cars.platform.web;

import dk.kea.cars.api.common.VersionedView;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * The REST layer's JSON in every service: views without their version ({@link VersionHiding}). Registered on the
 * mapper rather than found by {@code @JacksonMixin} scanning, which covers only a service's own packages.
 */
@AutoConfiguration
@ConditionalOnClass(JsonMapperBuilderCustomizer.class)
public class WebJsonAutoConfiguration {

    @Bean
    public JsonMapperBuilderCustomizer keaVersionHiding() {
        return json -> json.addMixIn(VersionedView.class, VersionHiding.class);
    }
}
