package dk.kea.cars.publicquery.insurance;

import dk.kea.cars.api.insurance.FindPublicInsurance;
import dk.kea.cars.api.insurance.InsuranceEvent;
import dk.kea.cars.publicquery.PublicTokenStoreConfig;
import dk.kea.cars.publicquery.catalog.PublicCatalogProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code public_insurances} in step with the Insurance events. */
@Component
@ProcessingGroup(PublicTokenStoreConfig.PROCESSING_GROUP)
public class PublicInsuranceProjection extends PublicCatalogProjection<PublicInsuranceDocument> {

    public PublicInsuranceProjection(MongoTemplate mongo, QueryUpdateEmitter emitter) {
        super(mongo, PublicInsuranceDocument.class, FindPublicInsurance::new, emitter);
    }

    @EventHandler
    public void on(InsuranceEvent event, ReplayStatus status) {
        store(event, status, () -> PublicInsuranceDocument.from(event));
    }
}
