package dk.kea.cars.query;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The conventions of docs/architecture.md that the compiler cannot check. */
class QueryArchitectureTest {

    private static JavaClasses queryClasses;

    @BeforeAll
    static void importClasses() {
        queryClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.kea.cars.query");
    }

    @Test
    void theClassesWereImported() {
        classes().that().haveSimpleName("InsuranceProjection").should().resideInAPackage("..query.insurance")
                .check(queryClasses);
    }

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("dk.kea.cars.query.(*)..").should().beFreeOfCycles().check(queryClasses);
    }

    @Test
    void projectionsNeverSendCommands() {
        noClasses().that().areAnnotatedWith(ProcessingGroup.class)
                .or().haveSimpleNameEndingWith("Projection")
                .should().dependOnClassesThat().areAssignableTo(CommandGateway.class)
                .orShould().dependOnClassesThat().areAssignableTo(CommandBus.class)
                .check(queryClasses);
    }

    @Test
    void projectionsBelongToTheQuerySideProcessingGroup() {
        classes().that().haveSimpleNameEndingWith("Projection")
                .should().beAnnotatedWith(ProcessingGroup.class)
                .check(queryClasses);
    }

    @Test
    void queryServiceDependsOnNoOtherService() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("dk.kea.cars.command..", "dk.kea.cars.auth..", "dk.kea.cars.publicquery..")
                .check(queryClasses);
    }

    @Test
    void readModelRowsAreEntitiesNamedRowAndHoldNoPassword() {
        classes().that().areAnnotatedWith(Entity.class).should().haveSimpleNameEndingWith("Row")
                .check(queryClasses);
        fields().that().areDeclaredInClassesThat().areAnnotatedWith(Entity.class)
                .should().haveNameNotContaining("password")
                .andShould().haveNameNotContaining("Password")
                .check(queryClasses);
    }

    /** Every Axon serializer is Jackson: XStream (and with it XStreamSerializer) is on no classpath. */
    @Test
    void xstreamIsNotOnTheClasspath() {
        assertThatThrownBy(() -> Class.forName("com.thoughtworks.xstream.XStream"))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
