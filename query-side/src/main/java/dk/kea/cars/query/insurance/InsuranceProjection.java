package dk.kea.cars.query.insurance;

import dk.kea.cars.api.insurance.FindInsurance;
import dk.kea.cars.api.insurance.InsuranceEvent;
import dk.kea.cars.api.insurance.InsuranceView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
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
    public void on(InsuranceEvent event, ReplayStatus status) {
        InsuranceRow row = insurances.findById(event.id()).orElseGet(() -> new InsuranceRow(event.id()));
        if (!row.apply(event, status)) {
            return;
        }
        InsuranceView view = insurances.save(row).toView();
        emitter.emit(FindInsurance.class, query -> query.id().equals(event.id()), view);
    }

    @QueryHandler
    public InsuranceView handle(FindInsurance query) {
        return insurances.findById(query.id()).map(InsuranceRow::toView).orElse(null);
    }
}
