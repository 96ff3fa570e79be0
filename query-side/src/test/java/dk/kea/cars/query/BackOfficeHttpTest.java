package dk.kea.cars.query;

import static dk.kea.cars.query.support.TestHttp.fieldNames;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kea.cars.api.car.CarEvent;
import dk.kea.cars.api.common.Role;
import dk.kea.cars.api.purchase.PurchaseEvent;
import dk.kea.cars.api.validation.Rules;
import dk.kea.cars.query.support.BackOffice;
import dk.kea.cars.query.support.ProjectionFeed;
import dk.kea.cars.query.support.TestHttp;
import dk.kea.cars.query.support.TestJwksController;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Customers, cars and purchases over real HTTP (spec §4): who sees what, filters, paging and problems. Every
 * test builds its own back office with random ids and filters lists to it, so other rows never matter.
 */
@Tag("store")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestJwksController.class, ProjectionFeed.class})
class BackOfficeHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    ProjectionFeed feed;

    private TestHttp http;
    private final BackOffice office = new BackOffice();
    private final UUID sales = UUID.randomUUID();
    private final UUID otherSales = UUID.randomUUID();
    private final UUID manager = UUID.randomUUID();
    private final UUID admin = UUID.randomUUID();
    private final UUID auditor = UUID.randomUUID();
    private final UUID kim = UUID.randomUUID();
    private final UUID lis = UUID.randomUUID();
    private final UUID goneCustomer = UUID.randomUUID();
    /** Bought, deadline yesterday. */
    private final UUID boughtCar = UUID.randomUUID();
    /** Not bought, deadline in ten days. */
    private final UUID openCar = UUID.randomUUID();
    private final UUID othersCar = UUID.randomUUID();
    private final UUID deletedCar = UUID.randomUUID();
    private final UUID purchase = UUID.randomUUID();
    private final UUID othersPurchase = UUID.randomUUID();
    private final UUID deletedPurchase = UUID.randomUUID();

    @BeforeEach
    void backOffice() {
        http = new TestHttp(port);
        feed.feed(office.catalog());
        feed.feed(BackOffice.employee(sales, 0, Role.SALES_PERSON, false),
                BackOffice.employee(otherSales, 0, Role.SALES_PERSON, false),
                BackOffice.employee(manager, 0, Role.MANAGER, false),
                BackOffice.employee(admin, 0, Role.ADMIN, false),
                BackOffice.employee(auditor, 0, Role.AUDITOR, false),
                office.customer(kim, 0, "Kim.Holm"), office.customer(lis, 0, "lis"),
                office.customer(goneCustomer, 0, "gone"), office.deletedCustomer(goneCustomer, 1, "gone"));
        LocalDate today = Rules.today();
        sell(office.car(boughtCar, kim, sales, today.minusDays(1)), purchase, today.minusDays(2));
        feed.feed(office.car(openCar, lis, sales, today.plusDays(10)));
        sell(office.car(othersCar, kim, otherSales, today), othersPurchase, today.minusDays(1));
        CarEvent deleted = sell(office.car(deletedCar, kim, sales), deletedPurchase, today);
        feed.feed(BackOffice.deleted(deleted, 2),
                BackOffice.deletedPurchase(BackOffice.purchase(deletedPurchase, deletedCar, today), 1));
    }

    @Test
    void aSalesPersonSeesOnlyItsOwnCarsAndTheFilterIsForcedToItself() {
        assertThat(http.ids("/api/cars?customer_id=" + kim, sales)).containsExactly(boughtCar.toString());
        assertThat(http.ok("/api/cars?limit=1000", sales))
                .allSatisfy(car -> assertThat(car.at("/employee/id").asText()).isEqualTo(sales.toString()));
        assertThat(http.ids("/api/cars?employee_id=" + sales, sales))
                .containsExactly(boughtCar.toString(), openCar.toString());
    }

    @Test
    void aSalesPersonGetsNoneOfAnotherEmployeesCars() {
        http.problem("/api/cars?employee_id=" + otherSales, sales, 403);
        HttpResponse<String> other = http.get("/api/cars/" + othersCar, sales);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).doesNotContain("total_price", "Kim", kim.toString());
    }

    @Test
    void aCarEmbedsWhatItRefersToWithItsVersionAsETag() {
        HttpResponse<String> response = http.get("/api/cars/" + boughtCar, sales);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).hasValue("\"1\"");
        assertThat(response.body()).contains("\"total_price\":312345.50");
        JsonNode car = http.ok("/api/cars/" + boughtCar, sales);
        assertThat(fieldNames(car)).containsExactlyInAnyOrder("id", "purchase_deadline", "total_price",
                "is_purchased", "customer", "employee", "model", "color", "accessories", "insurances");
        assertThat(car.get("is_purchased").asBoolean()).isTrue();
        assertThat(fieldNames(car.get("customer")))
                .containsExactlyInAnyOrder("id", "email", "phone_number", "first_name", "last_name", "address");
        assertThat(car.at("/employee/is_deleted").asBoolean()).isFalse();
        assertThat(car.at("/model/brand/name").asText()).isEqualTo("Audi");
        assertThat(car.at("/color/name").asText()).isEqualTo("Red");
        assertThat(car.at("/accessories/0/name").asText()).isEqualTo("Towbar");
        assertThat(car.at("/insurances/1/name").asText()).isEqualTo("Glass Cover");
    }

    @Test
    void managersAdminsAndAuditorsSeeEveryCarAndFilter() {
        for (UUID reader : List.of(manager, admin, auditor)) {
            assertThat(http.ids("/api/cars?customer_id=" + kim, reader))
                    .containsExactly(boughtCar.toString(), othersCar.toString());
            assertThat(http.ids("/api/cars?employee_id=" + otherSales, reader)).containsExactly(othersCar.toString());
            assertThat(http.ok("/api/cars/" + othersCar, reader).at("/employee/id").asText())
                    .isEqualTo(otherSales.toString());
        }
    }

    @Test
    void carsFilterByPurchaseAndDeadlineAndPageInDeadlineOrder() {
        String own = "/api/cars?employee_id=" + sales;
        assertThat(http.ids(own + "&is_purchased=true", manager)).containsExactly(boughtCar.toString());
        assertThat(http.ids(own + "&is_purchased=false", manager)).containsExactly(openCar.toString());
        assertThat(http.ids(own + "&is_past_purchase_deadline=true", manager)).containsExactly(boughtCar.toString());
        assertThat(http.ids(own + "&is_past_purchase_deadline=false", manager)).containsExactly(openCar.toString());
        assertThat(http.ids("/api/cars?customer_id=" + kim + "&limit=1&offset=1", manager))
                .containsExactly(othersCar.toString());
    }

    @Test
    void deletedCarsAreNeitherListedNorFound() {
        assertThat(http.ids("/api/cars?customer_id=" + kim + "&limit=1000", manager))
                .doesNotContain(deletedCar.toString());
        assertThat(http.problem("/api/cars/" + deletedCar, manager, 404).get("detail").asText())
                .contains(deletedCar.toString());
    }

    @Test
    void filtersNamingNoEntityAreNotFound() {
        UUID unknown = UUID.randomUUID();
        assertThat(http.problem("/api/cars?customer_id=" + unknown, manager, 404).get("detail").asText())
                .contains(unknown.toString());
        http.problem("/api/cars?customer_id=" + goneCustomer, manager, 404);
        http.problem("/api/cars?employee_id=" + unknown, manager, 404);
        http.problem("/api/purchases?employee_id=" + unknown, auditor, 404);
    }

    @Test
    void badPagesAndMalformedFiltersAreInvalidInput() {
        for (String list : List.of("/api/customers", "/api/cars", "/api/purchases", "/api/employees")) {
            assertThat(http.invalidFields(list + "?limit=0&offset=-1", manager)).as(list)
                    .containsExactly("limit", "offset");
            assertThat(http.invalidFields(list + "?limit=1001", manager)).as(list).containsExactly("limit");
            assertThat(http.ok(list + "?limit=1000&offset=0", manager).isArray()).as(list).isTrue();
        }
        assertThat(http.invalidFields("/api/cars?customer_id=kim", manager)).containsExactly("customer_id");
        assertThat(http.invalidFields("/api/cars?is_purchased=maybe", manager)).containsExactly("is_purchased");
        assertThat(http.invalidFields("/api/purchases/car/not-a-uuid", manager)).containsExactly("car_id");
    }

    @Test
    void theEmailFilterIgnoresCaseAndDeletedCustomersAreGone() {
        String upper = "KIM.HOLM." + office.tag.toUpperCase(Locale.ROOT);
        assertThat(http.ids("/api/customers?email_filter=" + upper, sales)).containsExactly(kim.toString());
        // LIKE wildcards in the filter are plain characters
        assertThat(http.ids("/api/customers?email_filter=kim_holm." + office.tag, sales)).isEmpty();
        assertThat(http.ids("/api/customers?email_filter=%25." + office.tag, sales)).isEmpty();
        assertThat(http.ids("/api/customers?email_filter=" + office.tag, auditor))
                .containsExactly(kim.toString(), lis.toString());
        assertThat(http.problem("/api/customers/" + goneCustomer, manager, 404).get("detail").asText())
                .contains(goneCustomer.toString());
        HttpResponse<String> found = http.get("/api/customers/" + kim, sales);
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.headers().firstValue("ETag")).hasValue("\"0\"");
        assertThat(fieldNames(http.ok("/api/customers/" + kim, sales)))
                .containsExactlyInAnyOrder("id", "email", "phone_number", "first_name", "last_name", "address");
    }

    @Test
    void aSalesPersonSeesOnlyPurchasesOfItsOwnCars() {
        assertThat(http.ok("/api/purchases?limit=1000", sales))
                .allSatisfy(sale -> assertThat(sale.at("/car/employee/id").asText()).isEqualTo(sales.toString()));
        assertThat(http.ids("/api/purchases?limit=1000", sales)).contains(purchase.toString())
                .doesNotContain(othersPurchase.toString(), deletedPurchase.toString());
        http.problem("/api/purchases?employee_id=" + otherSales, sales, 403);
        http.problem("/api/purchases/" + othersPurchase, sales, 403);
        http.problem("/api/purchases/car/" + othersCar, sales, 403);
    }

    @Test
    void aPurchaseEmbedsItsCarAndIsFoundByCar() {
        HttpResponse<String> response = http.get("/api/purchases/" + purchase, sales);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).hasValue("\"0\"");
        JsonNode sale = http.ok("/api/purchases/car/" + boughtCar, sales);
        assertThat(fieldNames(sale)).containsExactlyInAnyOrder("id", "date_of_purchase", "car");
        assertThat(sale.get("id").asText()).isEqualTo(purchase.toString());
        assertThat(sale.at("/car/is_purchased").asBoolean()).isTrue();
        assertThat(sale.get("date_of_purchase").asText()).isEqualTo(Rules.today().minusDays(2).toString());
        http.problem("/api/purchases/car/" + openCar, sales, 404);
        http.problem("/api/purchases/car/" + deletedCar, manager, 404);
    }

    @Test
    void managersSeeEveryPurchaseButNoDeletedOne() {
        assertThat(http.ids("/api/purchases?employee_id=" + otherSales, manager))
                .containsExactly(othersPurchase.toString());
        assertThat(http.ids("/api/purchases?employee_id=" + sales, auditor)).containsExactly(purchase.toString());
        assertThat(http.ok("/api/purchases/" + othersPurchase, admin).at("/car/id").asText())
                .isEqualTo(othersCar.toString());
        http.problem("/api/purchases/" + deletedPurchase, manager, 404);
    }

    @Test
    void theApiDocsDescribeTheNewEndpoints() {
        JsonNode paths = http.ok("/v3/api-docs", manager).get("paths");
        for (String path : List.of("/api/customers", "/api/customers/{id}", "/api/cars", "/api/cars/{id}",
                "/api/purchases", "/api/purchases/{id}", "/api/purchases/car/{car_id}")) {
            JsonNode get = paths.at("/" + path.replace("/", "~1") + "/get");
            assertThat(get.get("summary").asText()).as(path).isNotBlank();
            assertThat(get.get("tags")).as(path).isNotEmpty();
            assertThat(get.at("/responses/422/content").has("application/problem+json")).as(path).isTrue();
        }
    }

    /** Buys the car: the car event, its purchase, and the car as bought. */
    private CarEvent sell(CarEvent car, UUID purchaseId, LocalDate date) {
        PurchaseEvent sale = BackOffice.purchase(purchaseId, car.id(), date);
        CarEvent bought = BackOffice.purchased(car, 1, purchaseId);
        feed.feed(car, sale, bought);
        return bought;
    }
}
