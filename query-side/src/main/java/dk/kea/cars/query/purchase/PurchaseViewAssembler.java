package dk.kea.cars.query.purchase;

import dk.kea.cars.api.car.CarView;
import dk.kea.cars.api.purchase.PurchaseView;
import dk.kea.cars.query.car.CarViewAssembler;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Builds {@link PurchaseView}s with their car embedded, one car lookup for any number of purchases. */
@Component
public class PurchaseViewAssembler {

    private final PurchaseRowRepository purchases;
    private final CarViewAssembler cars;

    public PurchaseViewAssembler(PurchaseRowRepository purchases, CarViewAssembler cars) {
        this.purchases = purchases;
        this.cars = cars;
    }

    /** The purchase, deleted or not. */
    public Optional<PurchaseView> find(UUID id) {
        return purchases.findById(id).map(this::toView);
    }

    public PurchaseView toView(PurchaseRow row) {
        return toViews(List.of(row)).get(0);
    }

    public List<PurchaseView> toViews(List<PurchaseRow> rows) {
        Map<UUID, CarView> carViews = cars.byId(rows.stream().map(PurchaseRow::getCarId).toList());
        return rows.stream().map(row -> row.toView(carViews.get(row.getCarId()))).toList();
    }
}
