package dk.kea.cars.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.axonframework.springboot.autoconfig.MicrometerMetricsAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Axon's metrics land in the application's registry, dimensionally, and Axon adds no registry of its own (its
 * auto-configuration, left to itself, runs before Boot 4's registries exist and adds a stray one).
 */
class AxonMetricsAutoConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(MetricsAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
                    SimpleMetricsExportAutoConfiguration.class, PrometheusMetricsExportAutoConfiguration.class,
                    MicrometerMetricsAutoConfiguration.class, AxonMetricsAutoConfiguration.class));

    @Test
    void axonRecordsIntoTheApplicationsRegistryAndAddsNoneOfItsOwn() {
        context.run(beans -> {
            assertThat(beans).hasSingleBean(MeterRegistry.class).hasSingleBean(PrometheusMeterRegistry.class)
                    .hasSingleBean(GlobalMetricRegistry.class)
                    .hasSingleBean(MetricsConfigurerModule.class);
            assertThat(beans.getBean(GlobalMetricRegistry.class).getRegistry())
                    .isSameAs(beans.getBean(MeterRegistry.class));
        });
    }

    @Test
    void oneMetricNamePerKindWithTheMessageTypeAsTag() {
        context.run(beans -> {
            Configurer configurer = DefaultConfigurer.defaultConfiguration(false);
            beans.getBean(MetricsConfigurerModule.class).configureModule(configurer);
            Configuration axon = configurer.start();
            try {
                CommandBus commands = axon.commandBus();
                commands.subscribe(String.class.getName(), command -> "done");
                commands.dispatch(GenericCommandMessage.asCommandMessage("create"));

                MeterRegistry registry = beans.getBean(MeterRegistry.class);
                assertThat(registry.get("commandBus.successCounter").tag("payloadType", "String").counter().count())
                        .isEqualTo(1);
            } finally {
                axon.shutdown();
            }
        });
    }

    @Test
    void axonsOwnSwitchStillTurnsItsMetricsOff() {
        context.withPropertyValues("axon.metrics.auto-configuration.enabled=false")
                .run(beans -> assertThat(beans).doesNotHaveBean(MetricsConfigurerModule.class));
    }
}
