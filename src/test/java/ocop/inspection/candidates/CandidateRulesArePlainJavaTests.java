package ocop.inspection.candidates;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The selection rules live in {@code ocop.inspection.candidates} (not a {@code domain} package, so that the inspection
 * module's own domain stays free for the plans and visits); they are held to the same purity as every domain package.
 */
class CandidateRulesArePlainJavaTests {

    @Test
    void theRulesUseNoFrameworkNoSqlAndNoJson() {
        noClasses().that().resideInAPackage("ocop.inspection.candidates..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..",
                        "java.sql..", "javax.sql..", "tools.jackson..", "com.fasterxml..", "ocop..internal..",
                        "ocop..web..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("ocop.inspection.candidates"));
    }
}
