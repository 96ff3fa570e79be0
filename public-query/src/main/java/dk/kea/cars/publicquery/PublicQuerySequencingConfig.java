package dk.kea.cars.publicquery;

import dk.kea.cars.api.brand.BrandEvent;
import dk.kea.cars.api.color.ColorEvent;
import dk.kea.cars.api.model.ModelEvent;
import dk.kea.cars.platform.processing.ReadModelSequencing;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Brands, colors and models form one sequence of the public catalog's processor: a model document embeds copies of
 * its brand and colors, which their events rewrite. Accessories and insurances are a sequence per aggregate. Named
 * in {@code application.yml} ({@code axon.eventhandling.processors.public-query.sequencing-policy}).
 */
@Configuration(proxyBeanMethods = false)
class PublicQuerySequencingConfig {

    static final String MODELS = "brands-colors-models";

    @Bean
    ReadModelSequencing publicQuerySequencing() {
        return ReadModelSequencing.perAggregateExcept(payload ->
                payload instanceof BrandEvent || payload instanceof ColorEvent || payload instanceof ModelEvent
                        ? MODELS : null);
    }
}
