package dk.kea.cars.query.store;

import dk.kea.cars.api.customer.CustomerPersonalDataUpcaster;
import dk.kea.cars.api.purchase.PurchaseCreatedUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Old event revisions are read as the current ones by projections and the audit API alike. */
@Configuration
public class QueryUpcasters {

    @Bean
    public PurchaseCreatedUpcaster queryPurchaseCreatedUpcaster() {
        return new PurchaseCreatedUpcaster();
    }

    @Bean
    public CustomerPersonalDataUpcaster queryCustomerPersonalDataUpcaster() {
        return new CustomerPersonalDataUpcaster();
    }
}
