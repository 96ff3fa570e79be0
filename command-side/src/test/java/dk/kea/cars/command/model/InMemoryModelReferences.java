package dk.kea.cars.command.model;

import dk.kea.cars.api.common.Rejection;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** {@link ModelReferences} for given-when-then fixtures: the brands and colors it was told about exist. */
final class InMemoryModelReferences implements ModelReferences {

    private final Set<UUID> brands = new HashSet<>();
    private final Set<UUID> colors = new HashSet<>();

    InMemoryModelReferences brand(UUID id) {
        brands.add(id);
        return this;
    }

    InMemoryModelReferences colors(UUID... ids) {
        colors.addAll(Set.of(ids));
        return this;
    }

    @Override
    public void requireBrand(UUID id) {
        if (!brands.contains(id)) {
            throw Rejection.notFound("No brand with id " + id);
        }
    }

    @Override
    public void requireColors(Collection<UUID> ids) {
        ids.stream().filter(id -> !colors.contains(id)).findFirst().ifPresent(missing -> {
            throw Rejection.notFound("No color with id " + missing);
        });
    }
}
