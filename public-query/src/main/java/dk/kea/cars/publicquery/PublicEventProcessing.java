package dk.kea.cars.publicquery;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * A handler that fails does not skip the event (Axon's default logs and moves on, which would leave the read model
 * silently behind): the failure rolls the batch back and the processor retries it with back-off until it succeeds.
 */
@Configuration
public class PublicEventProcessing {

    @Autowired
    void retryFailedEvents(EventProcessingConfigurer processing) {
        processing.registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }
}
