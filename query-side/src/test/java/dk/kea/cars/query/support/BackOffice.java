package dk.kea.cars.query.support;

import dk.kea.cars.api.accessory.AccessoryCreated;
import dk.kea.cars.api.brand.BrandCreated;
import dk.kea.cars.api.car.CarCreated;
import dk.kea.cars.api.car.CarDeleted;
import dk.kea.cars.api.car.CarEvent;
import dk.kea.cars.api.car.CarPurchased;
import dk.kea.cars.api.color.ColorCreated;
import dk.kea.cars.api.common.Role;
import dk.kea.cars.api.customer.CustomerCreated;
import dk.kea.cars.api.customer.CustomerDeleted;
import dk.kea.cars.api.customer.CustomerEvent;
import dk.kea.cars.api.customer.CustomerUpdated;
import dk.kea.cars.api.employee.EmployeeCreated;
import dk.kea.cars.api.employee.EmployeeDeleted;
import dk.kea.cars.api.employee.EmployeeEvent;
import dk.kea.cars.api.insurance.InsuranceCreated;
import dk.kea.cars.api.personaldata.SealedText;
import dk.kea.cars.api.model.ModelCreated;
import dk.kea.cars.api.purchase.PurchaseCreated;
import dk.kea.cars.api.purchase.PurchaseDeleted;
import dk.kea.cars.api.purchase.PurchaseEvent;
import dk.kea.cars.api.validation.Rules;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Events of a small back office with random ids, so tests never meet each other's rows (CI reruns them on one
 * shared MariaDB): one model in two colors, two accessories, two insurances, and helpers for people, cars and
 * purchases.
 */
public final class BackOffice {

    public static final BigDecimal TOTAL_PRICE = new BigDecimal("312345.50");

    public final UUID brand = UUID.randomUUID();
    public final UUID red = UUID.randomUUID();
    public final UUID blue = UUID.randomUUID();
    public final UUID model = UUID.randomUUID();
    public final UUID alarm = UUID.randomUUID();
    public final UUID towbar = UUID.randomUUID();
    public final UUID glass = UUID.randomUUID();
    public final UUID theft = UUID.randomUUID();
    /** Makes emails unique per back office. */
    public final String tag = UUID.randomUUID().toString().substring(0, 8);

    public List<Object> catalog() {
        Instant now = Instant.now();
        return List.of(
                new BrandCreated(brand, 0, now, "Audi", "https://img.example/audi.png"),
                new ColorCreated(red, 0, now, "Red", BigDecimal.ZERO, 255, 0, 0),
                new ColorCreated(blue, 0, now, "Blue", new BigDecimal("1000"), 0, 0, 255),
                new ModelCreated(model, 0, now, brand, "A4", new BigDecimal("300000"), "https://img.example/a4.png",
                        List.of(blue, red)),
                new AccessoryCreated(alarm, 0, now, "Alarm", new BigDecimal("4000")),
                new AccessoryCreated(towbar, 0, now, "Towbar", new BigDecimal("5000")),
                new InsuranceCreated(glass, 0, now, "Glass Cover", new BigDecimal("1345.50")),
                new InsuranceCreated(theft, 0, now, "Theft Cover", new BigDecimal("2000")));
    }

    public static EmployeeEvent employee(UUID id, long sequence, Role role, boolean deleted) {
        String email = "employee." + id.toString().substring(0, 8) + "@kea.dk";
        return deleted
                ? new EmployeeDeleted(id, sequence, Instant.now(), email, "Sofie", "Hansen", role, "hash", true)
                : new EmployeeCreated(id, sequence, Instant.now(), email, "Sofie", "Hansen", role, "hash", false);
    }

    /** The personal fields sealed with the customer's key, as the command side stores them. */
    public CustomerEvent customer(UUID id, long sequence, String emailLocalPart) {
        SealedText email = seal(id, emailLocalPart + "." + tag + "@kea.dk");
        return sequence == 0
                ? new CustomerCreated(id, 0, Instant.now(), email, seal(id, "+4512345678"), seal(id, "Kim"),
                seal(id, "Larsen"), seal(id, "Vej 1, 2200 Kbh"), false)
                : new CustomerUpdated(id, sequence, Instant.now(), email, null, seal(id, "Kim"), seal(id, "Larsen"),
                null, false);
    }

    public CustomerEvent deletedCustomer(UUID id, long sequence, String emailLocalPart) {
        return new CustomerDeleted(id, sequence, Instant.now(), seal(id, emailLocalPart + "." + tag + "@kea.dk"),
                null, seal(id, "Kim"), seal(id, "Larsen"), null, true);
    }

    private static SealedText seal(UUID customer, String text) {
        return TestPersonalDataKeys.seal(customer, text);
    }

    /** A red car of the model with the alarm and the towbar, and the glass and theft covers in this order. */
    public CarEvent car(UUID id, UUID customer, UUID employee, LocalDate deadline) {
        return new CarCreated(id, 0, Instant.now(), customer, employee, model, red, List.of(towbar, alarm),
                List.of(theft, glass), deadline, TOTAL_PRICE, null, false);
    }

    public CarEvent car(UUID id, UUID customer, UUID employee) {
        return car(id, customer, employee, Rules.today().plusDays(30));
    }

    /** The car after {@code created} was bought with purchase {@code purchase}. */
    public static CarEvent purchased(CarEvent created, long sequence, UUID purchase) {
        return new CarPurchased(created.id(), sequence, Instant.now(), created.customerId(), created.employeeId(),
                created.modelId(), created.colorId(), created.accessoryIds(), created.insuranceIds(),
                created.purchaseDeadline(), created.totalPrice(), purchase, false);
    }

    public static CarEvent deleted(CarEvent last, long sequence) {
        return new CarDeleted(last.id(), sequence, Instant.now(), last.customerId(), last.employeeId(),
                last.modelId(), last.colorId(), last.accessoryIds(), last.insuranceIds(), last.purchaseDeadline(),
                last.totalPrice(), last.purchaseId(), true);
    }

    public static PurchaseEvent purchase(UUID id, UUID car, LocalDate date) {
        return new PurchaseCreated(id, 0, Instant.now(), car, date, false);
    }

    public static PurchaseEvent deletedPurchase(PurchaseEvent created, long sequence) {
        return new PurchaseDeleted(created.id(), sequence, Instant.now(), created.carId(), created.dateOfPurchase(),
                true);
    }
}
