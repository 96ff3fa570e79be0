package dk.kea.cars.query.insurance;

import dk.kea.cars.api.insurance.FindInsurance;
import dk.kea.cars.api.insurance.InsuranceEvent;
import dk.kea.cars.api.insurance.InsuranceView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/** Keeps {@code qry_insurance} in step with the insurance events and answers {@link FindInsurance}. */
@Component
@ProcessingGroup("query-side")
public class InsuranceProjection {

    private final InsuranceRowRepository insurances;
    private final QueryUpdateEmitter emitter;

    public InsuranceProjection(InsuranceRowRepository insurances, QueryUpdateEmitter emitter) {
        this.insurances = insurances;
        this.emitter = emitter;
    }

    @EventHandler
    public void on(InsuranceEvent event) {
        InsuranceRow row = insurances.findById(event.id()).orElseGet(() -> new InsuranceRow(event.id()));
        if (!row.apply(event)) {
            return;
        }
        InsuranceView view = insurances.save(row).toView();
        emitter.emit(FindInsurance.class, query -> query.id().equals(event.id()), view);
    }

    /** A replay must start from an empty table: the stored versions would make it skip every event. */
    @ResetHandler
    public void reset() {
        insurances.deleteAllInBatch();
    }

    @QueryHandler
    public InsuranceView handle(FindInsurance query) {
        return insurances.findById(query.id()).map(InsuranceRow::toView).orElse(null);
    }
}
