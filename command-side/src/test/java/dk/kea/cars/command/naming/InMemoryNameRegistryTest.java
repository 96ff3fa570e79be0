package dk.kea.cars.command.naming;

import static dk.kea.cars.command.RejectionMatchers.rejection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kea.cars.api.common.Rejection;
import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.Test;

import java.util.UUID;

/** The test double the aggregate tests rely on behaves as the NameRegistry contract says. */
class InMemoryNameRegistryTest {

    private final InMemoryNameRegistry names = new InMemoryNameRegistry();
    private final UUID audi = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();

    @Test
    void anotherOwnerCannotClaimAHeldNameInAnyCase() {
        names.claim(NameScope.BRAND, "Audi", audi);

        assertThatThrownBy(() -> names.claim(NameScope.BRAND, "AUDI", other))
                .isInstanceOfSatisfying(CommandExecutionException.class, e -> assertThat(e.getDetails())
                        .contains(new Rejection(Rejection.Kind.CONFLICT, "A brand named 'AUDI' already exists")));
        assertThat(rejection(Rejection.Kind.CONFLICT).matches(new Rejection(Rejection.Kind.CONFLICT, "x"))).isTrue();
    }

    @Test
    void theOwnerMayClaimAgainAndScopesAreSeparate() {
        names.claim(NameScope.BRAND, "Audi", audi);

        assertThatCode(() -> names.claim(NameScope.BRAND, "audi", audi)).doesNotThrowAnyException();
        assertThatCode(() -> names.claim(NameScope.COLOR, "Audi", other)).doesNotThrowAnyException();
    }

    @Test
    void renameMovesTheClaim() {
        names.claim(NameScope.BRAND, "Audi", audi);
        names.rename(NameScope.BRAND, "Audi", "Audi Sport", audi);

        assertThat(names.holder(NameScope.BRAND, "audi")).isEmpty();
        assertThat(names.holder(NameScope.BRAND, "AUDI SPORT")).contains(audi);
    }

    @Test
    void releaseOnlyDropsOnesOwnClaim() {
        names.claim(NameScope.BRAND, "Audi", audi);
        names.release(NameScope.BRAND, "Audi", other);

        assertThat(names.holder(NameScope.BRAND, "Audi")).contains(audi);
    }
}
