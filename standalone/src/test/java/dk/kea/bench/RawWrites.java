package dk.kea.bench;

import dk.kea.cars.api.customer.CreateCustomer;
import dk.kea.cars.api.customer.CustomerView;
import dk.kea.cars.api.customer.FindCustomer;
import dk.kea.cars.command.lookup.FindLookup;
import dk.kea.cars.command.lookup.LookupVersion;
import dk.kea.cars.command.web.Confirmation;
import dk.kea.cars.command.web.ReadYourWrites;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * The write path without HTTP and security: the command {@code POST /api/customers} sends, through the same
 * {@link ReadYourWrites} (command gateway, then both read models' confirmation) in this JVM. What the HTTP write
 * path is compared with.
 */
public class RawWrites {

    private final ReadYourWrites writes;

    RawWrites(ReadYourWrites writes) {
        this.writes = writes;
    }

    public Map<String, Object> customerCreates(int clients, Duration warmup, Duration measure) {
        return ClosedLoop.run(new ClosedLoop.Group("raw", clients, client -> this::createCustomer), warmup, measure)
                .summary();
    }

    /** Succeeds only when both read models confirmed, as a 201 of the API does. */
    private boolean createCustomer() {
        UUID id = UUID.randomUUID();
        var command = new CreateCustomer(id, "raw-" + id + "@kea-bench.dk", "12345678", "Raw", "Writer",
                "Benchvej 1");
        return writes.send(command, Confirmation.of(new FindCustomer(id), CustomerView.class),
                Confirmation.of(new FindLookup(id), LookupVersion.class)).view().isPresent();
    }
}
