package dk.kea.cars.command.web;

import dk.kea.cars.api.common.VersionedView;

/**
 * A read model that must show a write before the write answers: the {@code Find…} query that read model answers
 * and the view type it answers with.
 */
public record Confirmation<V extends VersionedView>(Object query, Class<V> viewType) {

    public static <V extends VersionedView> Confirmation<V> of(Object query, Class<V> viewType) {
        return new Confirmation<>(query, viewType);
    }
}
