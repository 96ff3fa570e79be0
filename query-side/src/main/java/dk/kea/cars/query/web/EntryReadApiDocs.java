package dk.kea.cars.query.web;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts each kind's own words into the API docs its {@link EntryReadController} shares with the other kinds. */
@Configuration(proxyBeanMethods = false)
public class EntryReadApiDocs {

    @Bean
    public OperationCustomizer entryReadDocs() {
        return (operation, handler) -> {
            if (!EntryReadController.class.isAssignableFrom(handler.getBeanType())) {
                return operation;
            }
            var controller = (EntryReadController<?>) handler.createWithResolvedBean().getBean();
            return controller.kind().fill(operation);
        };
    }
}
