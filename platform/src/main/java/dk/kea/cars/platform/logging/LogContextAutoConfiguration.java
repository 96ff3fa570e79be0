package dk.kea.cars.platform.logging;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryMessage;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every log line written while handling a request, a command, a query or an event carries its correlation id,
 * causation id and employee id, and for an event its processor ({@link LogContext}): one servlet filter right after
 * Spring Security's, and Axon interceptors on the command bus, the query bus and every event processor. Once per
 * context, also where the four services share one (standalone).
 */
@AutoConfiguration(after = SecurityFilterAutoConfiguration.class)
public class LogContextAutoConfiguration {

    /**
     * The buses' handlers and every event processor (registered before the processors are built, as Axon's own
     * interceptor configuration does); messages sent carry the sender's context.
     */
    @Bean
    public InitializingBean keaMessageLogContext(CommandBus commandBus, QueryBus queryBus,
                                                 EventProcessingConfigurer processing) {
        return () -> {
            commandBus.registerHandlerInterceptor(MessageLogContext.onBus());
            queryBus.registerHandlerInterceptor(MessageLogContext.onBus());
            commandBus.registerDispatchInterceptor(MessageLogContext.<CommandMessage<?>>propagation());
            queryBus.registerDispatchInterceptor(MessageLogContext.<QueryMessage<?, ?>>propagation());
            processing.registerDefaultHandlerInterceptor(
                    (configuration, processor) -> MessageLogContext.inProcessor(processor));
        };
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Requests {

        /** Right after Spring Security's filter chain: the caller is authenticated by then. */
        @Bean
        public FilterRegistrationBean<RequestLogContextFilter> keaRequestLogContext(
                ObjectProvider<SecurityFilterProperties> security) {
            FilterRegistrationBean<RequestLogContextFilter> registration =
                    new FilterRegistrationBean<>(new RequestLogContextFilter());
            registration.setOrder(security.getIfAvailable(SecurityFilterProperties::new).getOrder() + 1);
            return registration;
        }
    }
}
