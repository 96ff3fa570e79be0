package dk.kea.cars.command.brand;

import static dk.kea.cars.command.RejectionMatchers.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kea.cars.api.brand.BrandCreated;
import dk.kea.cars.api.brand.BrandUpdated;
import dk.kea.cars.api.brand.CreateBrand;
import dk.kea.cars.api.brand.UpdateBrand;
import dk.kea.cars.api.common.Rejection;
import dk.kea.cars.api.common.WriteResult;
import dk.kea.cars.command.naming.InMemoryNameRegistry;
import dk.kea.cars.command.naming.NameScope;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

class BrandAggregateTest {

    private static final Instant CREATED_AT = Instant.parse("2025-01-10T08:00:00Z");
    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30Z");
    private static final String LOGO = "https://kea.dk/audi.png";
    private static final String NEW_LOGO = "https://kea.dk/audi-2025.png";

    private final UUID id = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();
    private InMemoryNameRegistry names;
    private FixtureConfiguration<Brand> fixture;

    @BeforeEach
    void setUp() {
        names = new InMemoryNameRegistry();
        fixture = newFixture();
    }

    private FixtureConfiguration<Brand> newFixture() {
        FixtureConfiguration<Brand> created = new AggregateTestFixture<>(Brand.class);
        created.registerInjectableResource(names);
        return created;
    }

    /** The brand exists as "Audi" with {@link #LOGO}, version 0, and holds its name. */
    private BrandCreated existing() {
        names.claim(NameScope.BRAND, "Audi", id);
        return new BrandCreated(id, 0, CREATED_AT, "Audi", LOGO);
    }

    @Test
    void createEmitsCreatedWithFullStateAtSequenceZero() {
        fixture.givenCurrentTime(NOW)
                .when(new CreateBrand(id, " Audi ", LOGO))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BrandCreated(id, 0, NOW, "Audi", LOGO))
                .expectResultMessagePayload(WriteResult.created(0));

        assertThat(names.holder(NameScope.BRAND, "audi")).contains(id);
    }

    @Test
    void createOfAnExistingIdEmitsNothingAndAnswersTheCurrentVersion() {
        fixture.given(existing())
                .when(new CreateBrand(id, "Volvo", LOGO))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(WriteResult.at(0));

        assertThat(names.holder(NameScope.BRAND, "Volvo")).isEmpty();
    }

    @Test
    void updateEmitsUpdatedWithTheMergedStateAtSequenceOne() {
        fixture.given(existing())
                .andGivenCurrentTime(NOW)
                .when(new UpdateBrand(id, 0L, "Audi Sport", NEW_LOGO))
                .expectEvents(new BrandUpdated(id, 1, NOW, "Audi Sport", NEW_LOGO))
                .expectResultMessagePayload(WriteResult.at(1));
    }

    @Test
    void updateOfTheLogoOnlyKeepsTheName() {
        fixture.given(existing())
                .andGivenCurrentTime(NOW)
                .when(new UpdateBrand(id, null, null, NEW_LOGO))
                .expectEvents(new BrandUpdated(id, 1, NOW, "Audi", NEW_LOGO));
    }

    @Test
    void updateOfTheNameOnlyKeepsTheLogo() {
        fixture.given(existing())
                .andGivenCurrentTime(NOW)
                .when(new UpdateBrand(id, null, "Audi Sport", null))
                .expectEvents(new BrandUpdated(id, 1, NOW, "Audi Sport", LOGO));
    }

    @Test
    void updateWithoutChangesEmitsNothing() {
        fixture.given(existing())
                .when(new UpdateBrand(id, null, null, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(WriteResult.at(0));
    }

    @Test
    void updateToTheSameValuesEmitsNothing() {
        fixture.given(existing())
                .when(new UpdateBrand(id, 0L, " Audi ", LOGO))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(WriteResult.at(0));
    }

    @Test
    void updateWithAStaleVersionIsRefused() {
        fixture.given(existing(), new BrandUpdated(id, 1, CREATED_AT, "Audi", NEW_LOGO))
                .when(new UpdateBrand(id, 0L, "Audi Sport", null))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.VERSION_MISMATCH,
                        "Brand " + id + " is at version 1, not 0"))
                .expectNoEvents();

        assertThat(names.holder(NameScope.BRAND, "Audi Sport")).isEmpty();
    }

    @Test
    void updateOfAnUnknownBrandFails() {
        fixture.givenNoPriorActivity()
                .when(new UpdateBrand(id, null, "Audi", null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void createWithANameAnotherBrandHoldsIsAConflict() {
        names.claim(NameScope.BRAND, "Audi", other);

        fixture.givenNoPriorActivity()
                .when(new CreateBrand(id, "Audi", LOGO))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.CONFLICT, "A brand named 'Audi' already exists"))
                .expectNoEvents();
    }

    @Test
    void namesAreComparedIgnoringCase() {
        names.claim(NameScope.BRAND, "Audi", other);

        fixture.givenNoPriorActivity()
                .when(new CreateBrand(id, "AUDI", LOGO))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(rejection(Rejection.Kind.CONFLICT, "AUDI"))
                .expectNoEvents();
    }

    @Test
    void aCaseOnlyRenameKeepsTheClaim() {
        fixture.given(existing())
                .andGivenCurrentTime(NOW)
                .when(new UpdateBrand(id, 0L, "AUDI", null))
                .expectEvents(new BrandUpdated(id, 1, NOW, "AUDI", LOGO));

        assertThat(names.holder(NameScope.BRAND, "audi")).contains(id);
        newFixture().givenNoPriorActivity()
                .when(new CreateBrand(other, "Audi", LOGO))
                .expectExceptionDetails(rejection(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void renamingToANameAnotherBrandHoldsIsAConflict() {
        BrandCreated existing = existing();
        names.claim(NameScope.BRAND, "Volvo", other);

        fixture.given(existing)
                .when(new UpdateBrand(id, null, "volvo", NEW_LOGO))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(rejection(Rejection.Kind.CONFLICT, "volvo"))
                .expectNoEvents();

        assertThat(names.holder(NameScope.BRAND, "Audi")).contains(id);
    }

    @Test
    void renamingFreesTheOldNameForOthers() {
        fixture.givenCommands(new CreateBrand(id, "Audi", LOGO))
                .andGivenCurrentTime(NOW)
                .when(new UpdateBrand(id, 0L, "Audi Sport", null))
                .expectEvents(new BrandUpdated(id, 1, NOW, "Audi Sport", LOGO));

        newFixture().givenCurrentTime(NOW)
                .when(new CreateBrand(other, "audi", NEW_LOGO))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BrandCreated(other, 0, NOW, "audi", NEW_LOGO))
                .expectResultMessagePayload(WriteResult.created(0));

        newFixture().givenNoPriorActivity()
                .when(new CreateBrand(UUID.randomUUID(), "Audi Sport", LOGO))
                .expectExceptionDetails(rejection(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }
}
