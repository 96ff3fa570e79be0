package dk.kea.cars.publicquery.catalog;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts each kind's own name into the API docs its {@link PublicCatalogController} shares with the other kinds. */
@Configuration(proxyBeanMethods = false)
public class PublicCatalogApiDocs {

    @Bean
    public OperationCustomizer publicCatalogDocs() {
        return (operation, handler) -> {
            if (!PublicCatalogController.class.isAssignableFrom(handler.getBeanType())) {
                return operation;
            }
            var controller = (PublicCatalogController<?, ?>) handler.createWithResolvedBean().getBean();
            return controller.kind().fill(operation);
        };
    }
}
