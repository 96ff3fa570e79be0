package dk.kea.cars.api.car;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.kea.cars.api.accessory.AccessoryView;
import dk.kea.cars.api.color.ColorView;
import dk.kea.cars.api.common.VersionedView;
import dk.kea.cars.api.customer.CustomerView;
import dk.kea.cars.api.employee.EmployeeView;
import dk.kea.cars.api.insurance.InsuranceView;
import dk.kea.cars.api.model.ModelView;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A car as the employee API shows it, with everything it refers to embedded. Catalog entries show their current
 * names; the total price is the one frozen at creation.
 */
@Schema(description = "A car offered to a customer")
public record CarView(
        @Schema(description = "Id of the car") UUID id,
        @Schema(description = "Last day the car can be bought") LocalDate purchaseDeadline,
        @Schema(description = "Model + color + accessories + insurances at creation, two decimals") BigDecimal totalPrice,
        @JsonProperty("is_purchased") @Schema(description = "Whether the car was bought") boolean purchased,
        @Schema(description = "The customer") CustomerView customer,
        @Schema(description = "The employee who owns the sale") EmployeeView employee,
        @Schema(description = "The model, with brand and colors") ModelView model,
        @Schema(description = "The chosen color") ColorView color,
        @Schema(description = "The chosen accessories") List<AccessoryView> accessories,
        @Schema(description = "The chosen insurances") List<InsuranceView> insurances,
        @Schema(hidden = true) boolean deleted,
        @Schema(hidden = true) long version) implements VersionedView {
}
