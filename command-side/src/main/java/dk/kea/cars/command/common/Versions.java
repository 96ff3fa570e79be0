package dk.kea.cars.command.common;

import dk.kea.cars.api.common.Rejection;

import java.util.UUID;

/** The If-Match rule: a write that names a version is accepted only while that version is the current one. */
public final class Versions {

    private Versions() {
    }

    public static void requireCurrent(Long expected, long current, String entity, UUID id) {
        if (expected != null && expected != current) {
            throw Rejection.versionMismatch(entity + " " + id + " is at version " + current + ", not " + expected);
        }
    }

    /** The sequence the next event of an aggregate at {@code current} gets. */
    public static long next(long current) {
        return current + 1;
    }
}
