package ocop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** House rules the compiler cannot check: pure domain code, controllers only in web packages. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("ocop");

    @Test
    void theApplicationIsImported() {
        org.assertj.core.api.Assertions.assertThat(CLASSES.size()).isGreaterThan(50);
    }

    @Test
    void domainRulesArePlainJava() {
        noClasses().that().resideInAPackage("ocop..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "java.sql..",
                        "javax.sql..", "tools.jackson..", "com.fasterxml..")
                .check(CLASSES);
    }

    @Test
    void controllersLiveInWebPackages() {
        classes().that().areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .or().areMetaAnnotatedWith(org.springframework.stereotype.Controller.class)
                .should().resideInAPackage("ocop..web..")
                .check(CLASSES);
    }

    @Test
    void rowsAndRepositoriesStayInternal() {
        classes().that().haveSimpleNameEndingWith("Row").or().haveSimpleNameEndingWith("Repository")
                .should().resideInAPackage("ocop..internal..")
                .check(CLASSES);
    }
}
