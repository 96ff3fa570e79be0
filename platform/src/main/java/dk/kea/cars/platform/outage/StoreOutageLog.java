package dk.kea.cars.platform.outage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One warning when the event store becomes unreachable, saying why, and one line when it is back: not a stack trace
 * per failed request or per processor retry.
 */
public class StoreOutageLog {

    private static final Logger log = LoggerFactory.getLogger(StoreOutageLog.class);

    private final AtomicBoolean down = new AtomicBoolean();

    public void outage(Throwable failure) {
        if (down.compareAndSet(false, true)) {
            log.warn("The event store cannot be reached ({}); requests answer 503 with Retry-After and event "
                    + "processors retry until it is back", StoreOutage.reason(failure));
        }
    }

    public void reachable() {
        if (down.compareAndSet(true, false)) {
            log.info("The event store is reachable again");
        }
    }

    public boolean isDown() {
        return down.get();
    }
}
