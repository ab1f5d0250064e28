package fr.cellulepdp.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of the modules (app → persistence/reports → model) as a test: the domain stays plain
 * Java, the adapters stay out of each other's way, and jOOQ's generated types stay inside persistence.
 */
class ArchitectureTest {

    private static final String MODEL = "fr.cellulepdp.model..";
    private static final String PERSISTENCE = "fr.cellulepdp.persistence..";
    private static final String REPORTS = "fr.cellulepdp.reports..";
    private static final String APP = "fr.cellulepdp.app..";

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.cellulepdp");
    }

    @Test
    void model_depends_on_nothing_but_itself_and_the_jdk() {
        classes().that().resideInAPackage(MODEL)
                .should().onlyDependOnClassesThat().resideInAnyPackage(MODEL, "java..")
                .check(production);
    }

    @Test
    void persistence_and_reports_know_nothing_of_the_user_interface() {
        noClasses().that().resideInAnyPackage(PERSISTENCE, REPORTS)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.kordamp..", APP)
                .check(production);
    }

    @Test
    void persistence_and_reports_are_independent_of_each_other() {
        noClasses().that().resideInAPackage(PERSISTENCE)
                .should().dependOnClassesThat().resideInAPackage(REPORTS)
                .check(production);
        noClasses().that().resideInAPackage(REPORTS)
                .should().dependOnClassesThat().resideInAPackage(PERSISTENCE)
                .check(production);
    }

    @Test
    void jooq_and_its_generated_types_never_leave_persistence() {
        noClasses().that().resideOutsideOfPackage(PERSISTENCE)
                .should().dependOnClassesThat().resideInAnyPackage("fr.cellulepdp.persistence.jooq..", "org.jooq..")
                .check(production);
    }

    @Test
    void modules_have_no_cycles() {
        slices().matching("fr.cellulepdp.(*)..").should().beFreeOfCycles().check(production);
    }

    @Test
    void below_the_app_nothing_writes_to_the_console_and_logging_goes_through_one_facade() {
        noClasses().that().resideInAnyPackage(MODEL, PERSISTENCE, REPORTS)
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .check(production);
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(production);
    }
}
