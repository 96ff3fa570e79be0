package dk.kea.cars.query.insurance;

import dk.kea.cars.api.insurance.FindInsurance;
import dk.kea.cars.api.insurance.InsuranceEvent;
import dk.kea.cars.api.insurance.InsuranceView;
import dk.kea.cars.query.store.RowProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/** Keeps {@code qry_insurance} in step with the insurance events and answers {@link FindInsurance}. */
@Component
@ProcessingGroup("query-side")
public class InsuranceProjection extends RowProjection<InsuranceRow, InsuranceView> {

    public InsuranceProjection(InsuranceRowRepository insurances, QueryUpdateEmitter emitter) {
        super(insurances, InsuranceRow::new, InsuranceRow::toView, FindInsurance::new, emitter);
    }

    @EventHandler
    public void on(InsuranceEvent event, ReplayStatus status) {
        update(event.id(), row -> row.apply(event, status));
    }

    @QueryHandler
    public InsuranceView handle(FindInsurance query) {
        return find(query.id());
    }
}
