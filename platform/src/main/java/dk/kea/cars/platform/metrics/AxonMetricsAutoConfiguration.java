package dk.kea.cars.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.axonframework.springboot.autoconfig.MicrometerMetricsAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Axon's command, query, event-store and event-processor metrics (axon-micrometer) in the service's own Micrometer
 * registry, so {@code /actuator/prometheus} exports them. Always dimensional: one metric name per kind
 * ({@code eventProcessor.latency}, {@code commandBus.successCounter}, ...) with the processor and the message's
 * payload type as tags, never a metric name per processor; the README's alerts rely on these names.
 * <p>
 * Axon 4.13's own auto-configuration names Boot 3's metrics auto-configurations to come after, which Boot 4 moved,
 * so it may run before Boot's registries exist and add a stray {@code SimpleMeterRegistry} of its own. Ordered after
 * Boot's registries and before Axon's, this configuration hands Axon the application's registry; Axon's beans then
 * stand back ({@code @ConditionalOnMissingBean}). {@code axon.metrics.auto-configuration.enabled=false} still turns
 * the Axon metrics off.
 */
@AutoConfiguration(after = {CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class},
        before = MicrometerMetricsAutoConfiguration.class)
@ConditionalOnProperty(value = "axon.metrics.auto-configuration.enabled", matchIfMissing = true)
public class AxonMetricsAutoConfiguration {

    @Bean
    @ConditionalOnBean(MeterRegistry.class)
    public GlobalMetricRegistry keaAxonMetricRegistry(MeterRegistry registry) {
        return new GlobalMetricRegistry(registry);
    }

    @Bean
    @ConditionalOnBean(GlobalMetricRegistry.class)
    public MetricsConfigurerModule keaAxonMetrics(GlobalMetricRegistry registry) {
        return new MetricsConfigurerModule(registry, true);
    }
}
