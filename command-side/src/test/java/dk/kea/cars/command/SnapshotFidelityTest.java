package dk.kea.cars.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kea.cars.api.car.CarCreated;
import dk.kea.cars.api.car.CarPurchased;
import dk.kea.cars.api.common.Role;
import dk.kea.cars.api.customer.CustomerCreated;
import dk.kea.cars.api.customer.CustomerErased;
import dk.kea.cars.api.customer.CustomerUpdated;
import dk.kea.cars.api.personaldata.SealedText;
import dk.kea.cars.api.employee.EmployeeCreated;
import dk.kea.cars.api.employee.EmployeeDeleted;
import dk.kea.cars.api.insurance.InsuranceCreated;
import dk.kea.cars.api.model.ModelCreated;
import dk.kea.cars.api.purchase.PurchaseCreated;
import dk.kea.cars.command.car.Car;
import dk.kea.cars.command.customer.Customer;
import dk.kea.cars.command.employee.Employee;
import dk.kea.cars.command.insurance.Insurance;
import dk.kea.cars.command.model.Model;
import dk.kea.cars.command.personaldata.InMemoryPersonalDataVault;
import dk.kea.cars.command.purchase.Purchase;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A snapshot is the aggregate serialised by Axon's Jackson serializer (configured as Axon configures it): loading
 * from it must give exactly the state that replaying the full history gives (spec §7, issue 5).
 */
class SnapshotFidelityTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
    private static final UUID ID = UUID.randomUUID();
    private static final InMemoryPersonalDataVault VAULT = new InMemoryPersonalDataVault();
    private static final JacksonSerializer AXON_JSON = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules()).build();

    static Stream<Arguments> histories() {
        UUID other = UUID.randomUUID();
        return Stream.of(
                Arguments.of(Insurance.class, List.of(new InsuranceCreated(ID, 0, AT, "Flat Tire", new BigDecimal("9.95")))),
                Arguments.of(Model.class, List.of(new ModelCreated(ID, 0, AT, other, "R8", new BigDecimal("10000.95"),
                        "https://example.com/r8.png", List.of(other, UUID.randomUUID())))),
                Arguments.of(Employee.class, List.of(
                        new EmployeeCreated(ID, 0, AT, "anna@kea-cars.dk", "Anna", "Berg", Role.MANAGER, "$2a$hash", false),
                        new EmployeeDeleted(ID, 1, AT, "anna@kea-cars.dk", "Anna", "Berg", Role.MANAGER, "$2a$hash", true))),
                Arguments.of(Customer.class, List.of(
                        new CustomerCreated(ID, 0, AT, seal("henrik@gmail.com"), seal("10203040"), seal("Henrik"),
                                seal("Hansen"), null, false),
                        new CustomerUpdated(ID, 1, AT, seal("henrik@gmail.com"), null, seal("Henrik"), seal("Hansen"),
                                SealedText.legacy("Main Street 1"), false))),
                Arguments.of(Customer.class, List.of(
                        new CustomerCreated(ID, 0, AT, seal("henrik@gmail.com"), null, seal("Henrik"), seal("Hansen"),
                                null, false),
                        new CustomerErased(ID, 1, AT))),
                Arguments.of(Car.class, List.of(
                        new CarCreated(ID, 0, AT, other, other, other, other, List.of(other), List.of(), LocalDate.of(2026, 12, 31),
                                new BigDecimal("10530.80"), null, false),
                        new CarPurchased(ID, 1, AT, other, other, other, other, List.of(other), List.of(),
                                LocalDate.of(2026, 12, 31), new BigDecimal("10530.80"), other, false))),
                Arguments.of(Purchase.class, List.of(new PurchaseCreated(ID, 0, AT, other, LocalDate.of(2026, 12, 1), false))));
    }

    private static SealedText seal(String text) {
        return VAULT.seal(ID, text);
    }

    /** A snapshot of a customer holds its fields sealed, as the events carry them: never the text. */
    @org.junit.jupiter.api.Test
    void aCustomersSnapshotCarriesNoPersonalDataAsText() throws Exception {
        Object customer = replay(Customer.class, List.of(new CustomerCreated(ID, 0, AT, seal("henrik@gmail.com"),
                seal("10203040"), seal("Henrik"), seal("Hansen"), seal("Main Street 1"), false)));

        String snapshot = new String(AXON_JSON.serialize(customer, byte[].class).getData());

        assertThat(snapshot).contains(SealedText.CIPHER).doesNotContain("henrik").doesNotContain("10203040")
                .doesNotContain("Henrik").doesNotContain("Hansen").doesNotContain("Main Street");
    }

    @ParameterizedTest
    @MethodSource("histories")
    void loadingFromASnapshotGivesTheStateTheFullHistoryGives(Class<?> type, List<Object> history) throws Exception {
        Object fromHistory = replay(type, history);

        SerializedObject<byte[]> snapshot = AXON_JSON.serialize(fromHistory, byte[].class);
        Object fromSnapshot = AXON_JSON.deserialize(snapshot);

        assertThat(new String(snapshot.getData())).contains(ID.toString());
        assertThat(fromSnapshot).usingRecursiveComparison().isEqualTo(fromHistory);
    }

    private static Object replay(Class<?> type, List<Object> history) throws Exception {
        Constructor<?> constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        Object aggregate = constructor.newInstance();
        Method handler = Arrays.stream(type.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(EventSourcingHandler.class)).findFirst().orElseThrow();
        handler.setAccessible(true);
        for (Object event : history) {
            handler.invoke(aggregate, event);
        }
        return aggregate;
    }
}
