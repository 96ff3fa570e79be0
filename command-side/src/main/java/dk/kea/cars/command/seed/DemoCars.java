package dk.kea.cars.command.seed;

import dk.kea.cars.api.car.CreateCar;
import dk.kea.cars.api.car.PurchaseCar;
import dk.kea.cars.api.validation.Rules;
import dk.kea.cars.command.lookup.FindLookup;
import dk.kea.cars.command.lookup.LookupVersion;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Three demo cars so a newcomer sees a working back office: James's R8 for Henrik (10530.80), Hans's Series 1 for
 * Oliver, purchased today (10420.70), and James's Fiesta for the test customer. Deadlines are relative to today.
 */
@Component
@ConditionalOnBooleanProperty("kea.demo-data")
class DemoCars {

    private static final UUID JAMES = UUID.fromString("d096d2e1-f06a-4555-9cd1-afa9f930f10c");
    private static final UUID HANS = UUID.fromString("f9097a97-eca4-49b6-85a0-08423789c320");
    private static final UUID HENRIK = UUID.fromString("0ac1d668-55aa-46a1-898a-8fa61457facb");
    private static final UUID OLIVER = UUID.fromString("bbbb06bc-268d-4f88-8b8e-3da4df118328");
    private static final UUID TEST_CUSTOMER = UUID.fromString("fc40f99e-13f0-460d-b79d-f75206acdd07");
    private static final UUID R8 = UUID.fromString("d4bd413c-00d8-45ce-be0e-1d1333ac5e75");
    private static final UUID SERIES_1 = UUID.fromString("ed996516-a141-4f4e-8991-3edeaba81c14");
    private static final UUID FIESTA = UUID.fromString("77dc2097-6d49-4fc9-bd1a-b0221af35dc6");
    private static final UUID WHITE = UUID.fromString("7bb35b1d-37ff-43c2-988a-cf85c5b6d690");
    private static final UUID BLUE = UUID.fromString("5e755eb3-0099-4cdd-b064-d8bd95968109");
    private static final UUID BLACK = UUID.fromString("e2164054-4cb8-49d5-a0da-eca5b36a0b3b");
    private static final UUID TINTED_WINDOWS = UUID.fromString("e7858d25-49e7-4ad5-821c-100de2b18918");
    private static final UUID ADAPTIVE_HEADLIGHTS = UUID.fromString("e620ec3c-625d-4bde-9b77-f7449b6352d5");
    private static final UUID HEATED_SEATS = UUID.fromString("fc8f689e-9615-4cf6-9664-31400db7ebea");
    private static final UUID EARTHQUAKE = UUID.fromString("37074fac-26da-4e38-9ae6-acbe755359e5");
    private static final UUID FLAT_TIRE = UUID.fromString("8456043d-5fb0-49bf-ac2c-51567a32cc87");
    private static final UUID BROKEN_WINDOW = UUID.fromString("76b21d38-2103-4464-84f2-c87178e4a30c");
    static final UUID R8_CAR = UUID.fromString("a1c0de00-0000-4000-8000-000000000001");
    static final UUID SERIES_1_CAR = UUID.fromString("a1c0de00-0000-4000-8000-000000000002");
    static final UUID FIESTA_CAR = UUID.fromString("a1c0de00-0000-4000-8000-000000000003");
    static final UUID SERIES_1_PURCHASE = UUID.fromString("a1c0de00-0000-4000-8000-0000000000a1");

    private final CommandGateway commands;
    private final QueryGateway queries;

    DemoCars(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    void seed() {
        awaitLookups(Stream.of(JAMES, HANS, HENRIK, OLIVER, TEST_CUSTOMER, R8, SERIES_1, FIESTA, WHITE, BLUE, BLACK,
                TINTED_WINDOWS, ADAPTIVE_HEADLIGHTS, HEATED_SEATS, EARTHQUAKE, FLAT_TIRE, BROKEN_WINDOW).toList());
        commands.sendAndWait(new CreateCar(R8_CAR, HENRIK, JAMES, R8, WHITE, List.of(TINTED_WINDOWS),
                List.of(EARTHQUAKE), Rules.today().plusDays(30), null, true));
        commands.sendAndWait(new CreateCar(SERIES_1_CAR, OLIVER, HANS, SERIES_1, BLUE,
                List.of(ADAPTIVE_HEADLIGHTS, HEATED_SEATS), List.of(FLAT_TIRE, BROKEN_WINDOW),
                Rules.today().plusDays(20), null, true));
        commands.sendAndWait(new CreateCar(FIESTA_CAR, TEST_CUSTOMER, JAMES, FIESTA, BLACK, List.of(), List.of(),
                Rules.today().plusDays(10), null, true));
        commands.sendAndWait(new PurchaseCar(SERIES_1_CAR, SERIES_1_PURCHASE, Rules.today(), null, true));
    }

    /** Cars are checked against the command side's lookups, which follow the seed's events asynchronously. */
    private void awaitLookups(List<UUID> ids) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (UUID id : ids) {
            while (queries.query(new FindLookup(id), LookupVersion.class).join() == null) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Lookups did not catch up with the demo seed in time");
                }
                sleepBriefly();
            }
        }
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
