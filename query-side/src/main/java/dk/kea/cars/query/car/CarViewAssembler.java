package dk.kea.cars.query.car;

import dk.kea.cars.api.accessory.AccessoryView;
import dk.kea.cars.api.car.CarView;
import dk.kea.cars.api.color.ColorView;
import dk.kea.cars.api.customer.CustomerView;
import dk.kea.cars.api.employee.EmployeeView;
import dk.kea.cars.api.insurance.InsuranceView;
import dk.kea.cars.api.model.ModelView;
import dk.kea.cars.query.accessory.AccessoryRow;
import dk.kea.cars.query.accessory.AccessoryRowRepository;
import dk.kea.cars.query.color.ColorRow;
import dk.kea.cars.query.color.ColorRowRepository;
import dk.kea.cars.query.customer.CustomerRow;
import dk.kea.cars.query.customer.CustomerRowRepository;
import dk.kea.cars.query.employee.EmployeeRow;
import dk.kea.cars.query.employee.EmployeeRowRepository;
import dk.kea.cars.query.insurance.InsuranceRow;
import dk.kea.cars.query.insurance.InsuranceRowRepository;
import dk.kea.cars.query.model.ModelViewAssembler;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Component;

/**
 * Builds {@link CarView}s with customer, employee, model, color, accessories and insurances embedded from their
 * current rows, one query per table for any number of cars. Whatever the read model does not hold (yet) is left
 * out: {@code null} for a single reference, missing from a list.
 */
@Component
public class CarViewAssembler {

    private final CarRowRepository cars;
    private final CustomerRowRepository customers;
    private final EmployeeRowRepository employees;
    private final ModelViewAssembler models;
    private final ColorRowRepository colors;
    private final AccessoryRowRepository accessories;
    private final InsuranceRowRepository insurances;

    public CarViewAssembler(CarRowRepository cars, CustomerRowRepository customers, EmployeeRowRepository employees,
                            ModelViewAssembler models, ColorRowRepository colors,
                            AccessoryRowRepository accessories, InsuranceRowRepository insurances) {
        this.cars = cars;
        this.customers = customers;
        this.employees = employees;
        this.models = models;
        this.colors = colors;
        this.accessories = accessories;
        this.insurances = insurances;
    }

    /** The car, deleted or not. */
    public Optional<CarView> find(UUID id) {
        return cars.findById(id).map(this::toView);
    }

    /** The views of the cars the read model holds among {@code ids}, deleted or not, by id. */
    public Map<UUID, CarView> byId(Collection<UUID> ids) {
        return toViews(cars.findAllById(Set.copyOf(ids))).stream()
                .collect(Collectors.toMap(CarView::id, view -> view));
    }

    public CarView toView(CarRow row) {
        return toViews(List.of(row)).get(0);
    }

    public List<CarView> toViews(List<CarRow> rows) {
        References references = new References(
                viewsById(customers, ids(rows, row -> List.of(row.getCustomerId())), CustomerRow::getId,
                        CustomerRow::toView),
                viewsById(employees, ids(rows, row -> List.of(row.getEmployeeId())), EmployeeRow::getId,
                        EmployeeRow::toView),
                models.byId(ids(rows, row -> List.of(row.getModelId()))),
                viewsById(colors, ids(rows, row -> List.of(row.getColorId())), ColorRow::getId, ColorRow::toView),
                viewsById(accessories, ids(rows, CarRow::getAccessoryIds), AccessoryRow::getId, AccessoryRow::toView),
                viewsById(insurances, ids(rows, CarRow::getInsuranceIds), InsuranceRow::getId, InsuranceRow::toView));
        return rows.stream().map(references::viewOf).toList();
    }

    /** Everything a page of cars refers to, looked up once. */
    private record References(Map<UUID, CustomerView> customers, Map<UUID, EmployeeView> employees,
                              Map<UUID, ModelView> models, Map<UUID, ColorView> colors,
                              Map<UUID, AccessoryView> accessories, Map<UUID, InsuranceView> insurances) {

        CarView viewOf(CarRow row) {
            return new CarView(row.getId(), row.getPurchaseDeadline(), row.getTotalPrice(), row.isPurchased(),
                    customers.get(row.getCustomerId()), employees.get(row.getEmployeeId()),
                    models.get(row.getModelId()), colors.get(row.getColorId()),
                    inOrder(row.getAccessoryIds(), accessories), inOrder(row.getInsuranceIds(), insurances),
                    row.isDeleted(), row.getVersion());
        }

        private static <V> List<V> inOrder(List<UUID> ids, Map<UUID, V> views) {
            return ids.stream().map(views::get).filter(Objects::nonNull).toList();
        }
    }

    private static Set<UUID> ids(List<CarRow> rows, Function<CarRow, List<UUID>> references) {
        return rows.stream().flatMap(row -> references.apply(row).stream()).collect(Collectors.toSet());
    }

    private static <R, V> Map<UUID, V> viewsById(JpaRepository<R, UUID> repository, Set<UUID> ids,
                                                 Function<R, UUID> id, Function<R, V> view) {
        return repository.findAllById(ids).stream().collect(Collectors.toMap(id, view));
    }
}
