package dk.kea.cars.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The contracts are shared by every service and must stay free of Spring, JPA and Jackson 3. */
class ApiContractsArchitectureTest {

    private static final JavaClasses CONTRACTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.kea.cars.api");

    @Test
    void importsTheContracts() {
        assertThat(CONTRACTS.stream().map(c -> c.getName()))
                .contains("dk.kea.cars.api.validation.Rules", "dk.kea.cars.api.insurance.CreateInsurance",
                        "dk.kea.cars.api.common.Rejection")
                .noneMatch(name -> name.endsWith("Test"));
    }

    @Test
    void contractsDependOnNoSpringJpaOrJackson3() {
        noClasses().that().resideInAPackage("dk.kea.cars.api..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "tools.jackson..")
                .check(CONTRACTS);
    }
}
