package dk.kea.cars.platform;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class PlatformArchitectureTest {

    private static final JavaClasses PLATFORM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.kea.cars.platform");

    @Test
    void theClassesWereImported() {
        assertThat(PLATFORM.containPackage("dk.kea.cars.platform.processing")).isTrue();
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dk.kea.cars.platform.(*)..").should().beFreeOfCycles().check(PLATFORM);
    }

    /** Every Axon serializer is Jackson: XStream (and with it XStreamSerializer) is on no classpath. */
    @Test
    void xstreamIsNotOnTheClasspath() {
        assertThatThrownBy(() -> Class.forName("com.thoughtworks.xstream.XStream"))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
