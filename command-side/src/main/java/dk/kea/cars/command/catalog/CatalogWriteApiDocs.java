package dk.kea.cars.command.catalog;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts each kind's own words into the API docs its {@link CatalogWriteController} shares with the other kinds. */
@Configuration(proxyBeanMethods = false)
public class CatalogWriteApiDocs {

    @Bean
    public OperationCustomizer catalogWriteDocs() {
        return (operation, handler) -> {
            if (!CatalogWriteController.class.isAssignableFrom(handler.getBeanType())) {
                return operation;
            }
            var controller = (CatalogWriteController<?, ?, ?>) handler.createWithResolvedBean().getBean();
            return controller.docs().fill(operation);
        };
    }
}
