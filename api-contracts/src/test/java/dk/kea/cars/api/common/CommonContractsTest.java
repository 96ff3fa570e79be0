package dk.kea.cars.api.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.Test;

class CommonContractsTest {

    @Test
    void rejectionsTravelAsTheDetailsOfACommandExecutionException() {
        CommandExecutionException failure = Rejection.versionMismatch("Brand x is at version 2, not 1");

        assertThat(failure).hasMessage("Brand x is at version 2, not 1");
        assertThat(failure.getDetails()).contains(new Rejection(Rejection.Kind.VERSION_MISMATCH,
                "Brand x is at version 2, not 1"));
    }

    @Test
    void everyFactoryUsesItsOwnKind() {
        assertThat(Rejection.notFound("n").getDetails()).contains(new Rejection(Rejection.Kind.NOT_FOUND, "n"));
        assertThat(Rejection.conflict("c").getDetails()).contains(new Rejection(Rejection.Kind.CONFLICT, "c"));
        assertThat(Rejection.ruleViolated("r").getDetails()).contains(new Rejection(Rejection.Kind.RULE_VIOLATED, "r"));
        assertThat(Rejection.forbidden("f").getDetails()).contains(new Rejection(Rejection.Kind.FORBIDDEN, "f"));
    }

    @Test
    void writeResultsTellCreatedFromExisting() {
        assertThat(WriteResult.created(0)).isEqualTo(new WriteResult(0, true));
        assertThat(WriteResult.at(3)).isEqualTo(new WriteResult(3, false));
    }

    @Test
    void rolesUseSnakeCaseWireNames() {
        assertThat(Role.SALES_PERSON.wireName()).isEqualTo("sales_person");
        for (Role role : Role.values()) {
            assertThat(Role.fromWireName(role.wireName())).isEqualTo(role);
        }
        assertThatThrownBy(() -> Role.fromWireName("SALES_PERSON")).isInstanceOf(IllegalArgumentException.class);
    }
}
