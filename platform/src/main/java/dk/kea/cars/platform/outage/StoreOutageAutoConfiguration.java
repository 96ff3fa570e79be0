package dk.kea.cars.platform.outage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

import java.time.Duration;

/** Store outages answer 503 with {@code Retry-After} in every service ({@code kea.store-outage.retry-after}). */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class StoreOutageAutoConfiguration {

    @Bean
    public StoreOutageResolver keaStoreOutageResolver(ObjectProvider<StoreOutageLog> outages,
                                                      @Value("${kea.store-outage.retry-after:5s}") Duration retryAfter) {
        return new StoreOutageResolver(outages.getIfAvailable(StoreOutageLog::new), retryAfter);
    }
}
