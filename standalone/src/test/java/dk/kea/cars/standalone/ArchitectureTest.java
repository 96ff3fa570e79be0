package dk.kea.cars.standalone;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.junit.jupiter.api.Test;
import org.springframework.boot.jackson.JacksonMixin;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The architecture rules of the whole system, over every module's classes as they are assembled here. */
class ArchitectureTest {

    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.kea.cars");

    @Test
    void everyModuleIsPresent() {
        assertThat(ALL.containPackage("dk.kea.cars.command")).isTrue();
        assertThat(ALL.containPackage("dk.kea.cars.query")).isTrue();
        assertThat(ALL.containPackage("dk.kea.cars.auth")).isTrue();
        assertThat(ALL.containPackage("dk.kea.cars.publicquery")).isTrue();
        assertThat(ALL.containPackage("dk.kea.cars.api")).isTrue();
        assertThat(ALL.containPackage("dk.kea.cars.platform")).isTrue();
    }

    @Test
    void noServiceModuleImportsAnother() {
        slices().matching("dk.kea.cars.(command|query|auth|publicquery)..").should().notDependOnEachOther()
                .check(ALL);
    }

    /** The platform serves every service and knows none of them. */
    @Test
    void platformImportsNoService() {
        noClasses().that().resideInAPackage("dk.kea.cars.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("dk.kea.cars.command..", "dk.kea.cars.query..",
                        "dk.kea.cars.auth..", "dk.kea.cars.publicquery..")
                .check(ALL);
    }

    /**
     * Token verification, the role hierarchy, the CORS and firewall refusals, the Tomcat connector, the version mixin
     * and the MongoDB token stores are the platform's, written once: a service supplies its paths, its rules and how
     * it finds the current employee, never a second copy of these.
     */
    @Test
    void servicesLeaveTheSharedPlumbingToThePlatform() {
        noClasses().that().resideInAnyPackage("dk.kea.cars.command..", "dk.kea.cars.query..", "dk.kea.cars.auth..",
                        "dk.kea.cars.publicquery..")
                .should().dependOnClassesThat().belongToAnyOf(JwtDecoder.class, NimbusJwtDecoder.class,
                        JwtTimestampValidator.class, RoleHierarchyImpl.class, WebSecurityCustomizer.class,
                        RequestRejectedHandler.class, DefaultCorsProcessor.class, CorsConfiguration.class,
                        ConfigurableTomcatWebServerFactory.class, JacksonMixin.class, MongoTokenStore.class)
                .check(ALL);
    }

    @Test
    void contractsHaveNoSpring() {
        noClasses().that().resideInAPackage("dk.kea.cars.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..")
                .check(ALL);
    }

    @Test
    void projectionsSendNoCommands() {
        noClasses().that().areAnnotatedWith(ProcessingGroup.class).and().haveSimpleNameEndingWith("Projection")
                .should().dependOnClassesThat().areAssignableTo(CommandGateway.class)
                .orShould().dependOnClassesThat().areAssignableTo(CommandBus.class)
                .check(ALL);
    }

    /** Only processes (named so) may turn events into commands; everything else that handles events is a projection. */
    @Test
    void eventHandlersAreProjectionsOrProcesses() {
        classes().that().areAnnotatedWith(ProcessingGroup.class)
                .should().haveSimpleNameEndingWith("Projection").orShould().haveSimpleNameEndingWith("Processes")
                .check(ALL);
    }

    @Test
    void aggregatesImportNoWebOrRepositoryClasses() {
        classes().that().areAnnotatedWith(org.axonframework.spring.stereotype.Aggregate.class)
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("org.springframework.web..",
                        "org.springframework.data..", "jakarta.persistence..", "jakarta.servlet..")
                .check(ALL);
    }

    /** Every Axon serializer is Jackson: XStream (and with it XStreamSerializer) is on no classpath. */
    @Test
    void xstreamIsNotOnTheClasspath() {
        assertThatThrownBy(() -> Class.forName("com.thoughtworks.xstream.XStream"))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
