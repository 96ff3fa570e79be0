package dk.kea.cars.publicquery;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.junit.jupiter.api.Test;

class PublicArchitectureTest {

    private static final JavaClasses PUBLIC_QUERY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.kea.cars.publicquery");

    @Test
    void dependsOnNoOtherService() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("dk.kea.cars.command..", "dk.kea.cars.query..", "dk.kea.cars.auth..")
                .check(PUBLIC_QUERY);
    }

    /** Spec §1: the public catalog never holds anything about employees, customers, cars or purchases. */
    @Test
    void knowsNothingAboutPeopleOrSales() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("dk.kea.cars.api.employee..", "dk.kea.cars.api.customer..",
                        "dk.kea.cars.api.car..", "dk.kea.cars.api.purchase..")
                .check(PUBLIC_QUERY);
    }

    @Test
    void projectionsSendNoCommands() {
        noClasses().that().areAnnotatedWith(ProcessingGroup.class)
                .should().dependOnClassesThat().areAssignableTo(CommandGateway.class)
                .orShould().dependOnClassesThat().areAssignableTo(CommandBus.class)
                .check(PUBLIC_QUERY);
    }
}
