package dk.kea.cars.command.integrity;

import org.springframework.context.ApplicationContext;

import java.time.Instant;

/** Lets a test anchor the history when it means to (the periodic run is switched off in tests). */
public final class AnchorProbe {

    private AnchorProbe() {
    }

    /** Anchors every event stored before {@code settledBefore}; answers how many anchors were stored. */
    public static int anchorUpTo(ApplicationContext app, Instant settledBefore) {
        return app.getBean(HistoryAnchoring.class).anchorUpTo(settledBefore);
    }
}
