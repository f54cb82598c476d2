package ocop.criteria;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Ranh giới mô-đun (module boundaries): the API and the engine are plain Java; only internal and web use Spring, and
 * the registry and access modules only through their published API ({@code RegistryApi}, {@code AccessApi} …).
 */
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
    void otherModulesAreUsedOnlyThroughTheirPublishedApi() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("ocop.access.internal..", "ocop.access.web..", "ocop.access.domain..",
                        "ocop.registry.internal..", "ocop.registry.web..", "ocop.registry.domain..", "ocop.demo..",
                        "ocop.documents..")
                .check(classes);
    }
}
