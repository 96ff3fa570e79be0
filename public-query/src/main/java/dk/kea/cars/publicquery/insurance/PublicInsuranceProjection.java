package dk.kea.cars.publicquery.insurance;

import dk.kea.cars.platform.processing.VersionGate;
import dk.kea.cars.api.insurance.FindPublicInsurance;
import dk.kea.cars.api.insurance.InsuranceEvent;
import dk.kea.cars.publicquery.PublicTokenStoreConfig;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code public_insurances} in step with the Insurance events. */
@Component
@ProcessingGroup(PublicTokenStoreConfig.PROCESSING_GROUP)
public class PublicInsuranceProjection {

    private final MongoTemplate mongo;
    private final QueryUpdateEmitter emitter;

    public PublicInsuranceProjection(MongoTemplate mongo, QueryUpdateEmitter emitter) {
        this.mongo = mongo;
        this.emitter = emitter;
    }

    @EventHandler
    public void on(InsuranceEvent event, ReplayStatus status) {
        PublicInsuranceDocument current = mongo.findById(event.id().toString(), PublicInsuranceDocument.class);
        if (current != null && !VersionGate.admits(event.sequence(), current.version(), status)) {
            return;
        }
        PublicInsuranceDocument insurance = mongo.save(PublicInsuranceDocument.from(event));
        emitter.emit(FindPublicInsurance.class, query -> query.id().equals(event.id()), insurance.toView());
    }
}
