package dk.kea.cars.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kea.cars.api.model.CreateModel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Immutable collections refuse {@code contains(null)}: id-list rules must not rely on it. */
class ImmutableIdListsTest {

    @Test
    void colorIdsAcceptsAnImmutableList() {
        UUID red = UUID.randomUUID();
        assertThat(Rules.colorIds(List.of(red))).containsExactly(red);
    }

    @Test
    void colorIdsAcceptsAnImmutableSet() {
        UUID red = UUID.randomUUID();
        assertThat(Rules.colorIds(Set.of(red))).containsExactly(red);
    }

    @Test
    void createModelAcceptsTheColorIdsOfAnotherCommand() {
        UUID red = UUID.randomUUID();
        CreateModel first = new CreateModel(UUID.randomUUID(), UUID.randomUUID(), "R8", BigDecimal.ONE,
                "https://kea.dk/r8.png", new java.util.ArrayList<>(List.of(red)));
        // first.colorIds() is List.copyOf(...): re-using it must not blow up
        CreateModel second = new CreateModel(UUID.randomUUID(), first.brandId(), "R8 Spyder", BigDecimal.ONE,
                first.imageUrl(), first.colorIds());
        assertThat(second.colorIds()).containsExactly(red);
    }
}
