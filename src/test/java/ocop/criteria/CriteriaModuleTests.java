package ocop.criteria;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Ranh giới mô-đun (module boundaries): the API and the engine are plain Java; only internal uses Spring/Jackson. */
class CriteriaModuleTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("ocop.criteria");

    @Test
    void theEngineUsesOnlyJavaAndTheModulesOwnApi() {
        noClasses().that().resideInAnyPackage("ocop.criteria", "ocop.criteria.domain")
                .and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "ocop.criteria", "ocop.criteria.domain")
                .check(classes);
    }

    @Test
    void criteriaDependsOnNoOtherModuleButSystem() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("ocop.access..", "ocop.registry..", "ocop.demo..")
                .check(classes);
    }
}
