package dk.kea.cars.command;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;

/** Aggregates stay free of web and persistence concerns; the command side never reaches into other services. */
class CommandSideArchitectureTest {

    private static final JavaClasses COMMAND_SIDE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.kea.cars.command");

    @Test
    void theRulesSeeEveryAggregate() {
        assertThat(COMMAND_SIDE.stream().filter(c -> c.isAnnotatedWith(Aggregate.class)).map(JavaClass::getName))
                .containsExactlyInAnyOrder("dk.kea.cars.command.insurance.Insurance", "dk.kea.cars.command.brand.Brand",
                        "dk.kea.cars.command.color.Color", "dk.kea.cars.command.accessory.Accessory",
                        "dk.kea.cars.command.model.Model", "dk.kea.cars.command.employee.Employee",
                        "dk.kea.cars.command.customer.Customer", "dk.kea.cars.command.car.Car",
                        "dk.kea.cars.command.purchase.Purchase", "dk.kea.cars.command.integrity.HistoryAnchor");
    }

    @Test
    void aggregatesDependOnNoWebPersistenceOrRepositories() {
        noClasses().that().areAnnotatedWith(Aggregate.class)
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework.web..", "org.springframework.data..", "jakarta.persistence..")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(COMMAND_SIDE);
    }

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("dk.kea.cars.command.(*)..").should().beFreeOfCycles().check(COMMAND_SIDE);
    }

    @Test
    void theCommandSideDependsOnNoOtherService() {
        noClasses().that().resideInAPackage("dk.kea.cars.command..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("dk.kea.cars.query..", "dk.kea.cars.auth..", "dk.kea.cars.publicquery..")
                .check(COMMAND_SIDE);
    }

    /** Every Axon serializer is Jackson: XStream (and with it XStreamSerializer) is on no classpath. */
    @Test
    void xstreamIsNotOnTheClasspath() {
        assertThatThrownBy(() -> Class.forName("com.thoughtworks.xstream.XStream"))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
