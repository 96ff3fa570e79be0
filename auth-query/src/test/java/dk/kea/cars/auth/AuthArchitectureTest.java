package dk.kea.cars.auth;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.junit.jupiter.api.Test;

class AuthArchitectureTest {

    private static final JavaClasses AUTH_QUERY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.kea.cars.auth");

    @Test
    void dependsOnNoOtherService() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("dk.kea.cars.command..", "dk.kea.cars.query..", "dk.kea.cars.publicquery..")
                .check(AUTH_QUERY);
    }

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("dk.kea.cars.auth.(*)..").should().beFreeOfCycles().check(AUTH_QUERY);
    }

    @Test
    void projectionsSendNoCommands() {
        noClasses().that().areAnnotatedWith(ProcessingGroup.class)
                .should().dependOnClassesThat().areAssignableTo(CommandGateway.class)
                .orShould().dependOnClassesThat().areAssignableTo(CommandBus.class)
                .check(AUTH_QUERY);
    }

    /** The signing key stays inside the token package; everything else only sees tokens and public keys. */
    @Test
    void onlyTheTokenPackageTouchesTheSigner() {
        noClasses().that().resideOutsideOfPackage("dk.kea.cars.auth.token..")
                .should().dependOnClassesThat().haveFullyQualifiedName("com.nimbusds.jose.crypto.RSASSASigner")
                .check(AUTH_QUERY);
    }

    /** Every Axon serializer is Jackson: XStream (and with it XStreamSerializer) is on no classpath. */
    @Test
    void xstreamIsNotOnTheClasspath() {
        assertThatThrownBy(() -> Class.forName("com.thoughtworks.xstream.XStream"))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
