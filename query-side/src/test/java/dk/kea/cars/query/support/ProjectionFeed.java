package dk.kea.cars.query.support;

import org.axonframework.eventhandling.ReplayStatus;
import dk.kea.cars.api.accessory.AccessoryEvent;
import dk.kea.cars.api.brand.BrandEvent;
import dk.kea.cars.api.car.CarEvent;
import dk.kea.cars.api.color.ColorEvent;
import dk.kea.cars.api.customer.CustomerEvent;
import dk.kea.cars.api.employee.EmployeeEvent;
import dk.kea.cars.api.insurance.InsuranceEvent;
import dk.kea.cars.api.model.ModelEvent;
import dk.kea.cars.api.purchase.PurchaseEvent;
import dk.kea.cars.query.accessory.AccessoryProjection;
import dk.kea.cars.query.brand.BrandProjection;
import dk.kea.cars.query.car.CarProjection;
import dk.kea.cars.query.cascade.DeletionCascadeProjection;
import dk.kea.cars.query.color.ColorProjection;
import dk.kea.cars.query.customer.CustomerProjection;
import dk.kea.cars.query.employee.EmployeeProjection;
import dk.kea.cars.query.insurance.InsuranceProjection;
import dk.kea.cars.query.model.ModelProjection;
import dk.kea.cars.query.purchase.PurchaseProjection;
import java.util.List;
import org.springframework.boot.test.context.TestComponent;

/**
 * Hands events straight to the real projections, in the order the query-side processor would, so a test sees
 * the read model synchronously. Tests of the processor itself publish through Axon instead.
 */
@TestComponent
public class ProjectionFeed {

    private final BrandProjection brands;
    private final ColorProjection colors;
    private final ModelProjection models;
    private final AccessoryProjection accessories;
    private final InsuranceProjection insurances;
    private final EmployeeProjection employees;
    private final CustomerProjection customers;
    private final CarProjection cars;
    private final PurchaseProjection purchases;
    private final DeletionCascadeProjection cascade;

    public ProjectionFeed(BrandProjection brands, ColorProjection colors, ModelProjection models,
                          AccessoryProjection accessories, InsuranceProjection insurances,
                          EmployeeProjection employees, CustomerProjection customers, CarProjection cars,
                          PurchaseProjection purchases, DeletionCascadeProjection cascade) {
        this.brands = brands;
        this.colors = colors;
        this.models = models;
        this.accessories = accessories;
        this.insurances = insurances;
        this.employees = employees;
        this.customers = customers;
        this.cars = cars;
        this.purchases = purchases;
        this.cascade = cascade;
    }

    public void feed(List<?> events) {
        events.forEach(event -> dispatch(event, ReplayStatus.REGULAR));
    }

    public void feed(Object... events) {
        feed(List.of(events));
    }

    /** As the processor hands events to the projections during a replay. */
    public void replay(Object... events) {
        List.of(events).forEach(event -> dispatch(event, ReplayStatus.REPLAY));
    }

    private void dispatch(Object event, ReplayStatus status) {
        if (event instanceof BrandEvent brand) {
            brands.on(brand, status);
        } else if (event instanceof ColorEvent color) {
            colors.on(color, status);
        } else if (event instanceof ModelEvent model) {
            models.on(model, status);
        } else if (event instanceof AccessoryEvent accessory) {
            accessories.on(accessory, status);
        } else if (event instanceof InsuranceEvent insurance) {
            insurances.on(insurance, status);
        } else {
            dispatchPeopleAndSales(event, status);
        }
    }

    private void dispatchPeopleAndSales(Object event, ReplayStatus status) {
        if (event instanceof EmployeeEvent employee) {
            employees.on(employee, status);
        } else if (event instanceof CustomerEvent customer) {
            customers.on(customer, status);
            cascade.on(customer);
        } else if (event instanceof CarEvent car) {
            cars.on(car, status);
            purchases.on(car, status);
            cascade.on(car, status);
        } else if (event instanceof PurchaseEvent purchase) {
            purchases.on(purchase, status);
            cascade.on(purchase, status);
        } else {
            throw new IllegalArgumentException("No projection for " + event.getClass().getSimpleName());
        }
    }
}
