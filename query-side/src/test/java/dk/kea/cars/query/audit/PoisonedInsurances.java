package dk.kea.cars.query.audit;

import dk.kea.cars.api.insurance.InsuranceEvent;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * A test-only handler in the query-side processor that fails for chosen insurances: for a {@link #POISONED} one as
 * a bug would (every time, until "fixed" by removing it), for an {@link #UNREACHABLE} one as a database that cannot
 * be reached would. It runs beside the real insurance projection, so a failure here also tests that nothing the
 * projection wrote for the event stays behind.
 */
@TestComponent
@ProcessingGroup("query-side")
public class PoisonedInsurances {

    static final Set<UUID> POISONED = ConcurrentHashMap.newKeySet();
    static final Set<UUID> UNREACHABLE = ConcurrentHashMap.newKeySet();
    static final Map<UUID, AtomicInteger> FAILURES = new ConcurrentHashMap<>();

    @EventHandler
    void on(InsuranceEvent event) {
        if (UNREACHABLE.contains(event.id())) {
            FAILURES.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
            throw new DataAccessResourceFailureException("The read model's database cannot be reached");
        }
        if (POISONED.contains(event.id())) {
            FAILURES.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
            throw new IllegalStateException("Insurance " + event.id() + " cannot be shown");
        }
    }
}
