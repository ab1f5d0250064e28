package fr.cellulepdp.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
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

    /**
     * A view of the window, by its name (nested and anonymous classes count as their top-level class): it lays out and
     * binds; its view model (Modele…) calls the use cases. See decision record 0023.
     */
    private static final DescribedPredicate<JavaClass> VUE = DescribedPredicate.describe(
            "a view (Vue…, Panneau…, Fenetre…, Onglet…, Page…, Dialogue…, Editeur…, Formulaire…)",
            c -> c.getPackageName().startsWith("fr.cellulepdp.app") && Pattern.matches(
                    "(Vue|Panneau|Fenetre|Onglet|Page|Dialogue|Editeur|Formulaire)[A-Z].*", nomHaut(c)));

    /** A use case of the model: a class whose public methods act in someone's name (an {@code Utilisateur} first). */
    private static final DescribedPredicate<JavaClass> CAS_D_USAGE = DescribedPredicate.describe(
            "a use case of the model", c -> c.getPackageName().startsWith("fr.cellulepdp.model")
                    && c.getMethods().stream().anyMatch(m -> m.getModifiers().contains(JavaModifier.PUBLIC)
                    && !m.getModifiers().contains(JavaModifier.STATIC) && !m.getRawParameterTypes().isEmpty()
                    && m.getRawParameterTypes().get(0).getName().equals("fr.cellulepdp.model.cellule.Utilisateur")));

    /**
     * The views that still call use cases themselves, written before the pattern (issue 20). Frozen: a view not listed
     * here fails the rule, and a listed view that no longer calls any must leave the list, so that it only shrinks.
     */
    private static final Set<String> VUES_A_REPRENDRE = Set.of(
            "fr.cellulepdp.app.compte.DialogueConnexion",
            "fr.cellulepdp.app.demande.DialogueDossier",
            "fr.cellulepdp.app.demande.FormulaireDemande",
            "fr.cellulepdp.app.parametres.PageParametres",
            "fr.cellulepdp.app.shell.FenetrePrincipale",
            "fr.cellulepdp.app.situation.FormulaireSituation");

    private static String nomHaut(JavaClass c) {
        String nom = c.getName().substring(c.getPackageName().length() + 1);
        int imbrique = nom.indexOf('$');
        return imbrique < 0 ? nom : nom.substring(0, imbrique);
    }

    private static String classeHaute(JavaClass c) {
        return c.getPackageName() + "." + nomHaut(c);
    }

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.cellulepdp");
    }

    @Test
    void model_depends_on_nothing_but_itself_and_the_jdk() {
        classes().that().resideInAPackage(MODEL)
                // javax.crypto is the JDK's too: the audit trail's keys and the medical key (decision 0025)
                .should().onlyDependOnClassesThat().resideInAnyPackage(MODEL, "java..", "javax.crypto..")
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
    void the_features_of_persistence_and_reports_have_no_cycles() {
        // persistence: the repositories of each feature over `depot` (what every repository builds on), opened and
        // gathered by `base` (decision 0040); reports by document kind over its PDF toolkit
        slices().matching("fr.cellulepdp.persistence.(*)..").should().beFreeOfCycles().check(production);
        slices().matching("fr.cellulepdp.reports.(*)..").should().beFreeOfCycles().check(production);
    }

    @Test
    void persistence_repositories_are_reached_only_through_the_database_object() {
        noClasses().that().resideOutsideOfPackage(PERSISTENCE)
                .should().dependOnClassesThat(DescribedPredicate.describe("a jOOQ repository (Depot…)",
                        c -> c.getPackageName().startsWith("fr.cellulepdp.persistence")
                                && c.getSimpleName().startsWith("Depot")))
                .check(production);
    }

    @Test
    void below_the_app_nothing_writes_to_the_console_and_logging_goes_through_one_facade() {
        noClasses().that().resideInAnyPackage(MODEL, PERSISTENCE, REPORTS)
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .check(production);
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(production);
    }

    @Test
    void views_lay_out_and_bind_their_view_models_call_the_use_cases() {
        noClasses().that(VUE).and(DescribedPredicate.describe("not frozen", c -> !VUES_A_REPRENDRE.contains(
                        classeHaute(c))))
                .should().dependOnClassesThat(CAS_D_USAGE)
                .because("a view calls its view model, which calls the use cases in the background (0023)")
                .check(production);
    }

    @Test
    void the_frozen_views_still_exist_and_still_call_use_cases_so_the_list_only_shrinks() {
        List<String> reprises = VUES_A_REPRENDRE.stream().filter(nom -> production.stream()
                .filter(c -> classeHaute(c).equals(nom)).flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                .noneMatch(d -> CAS_D_USAGE.test(d.getTargetClass()))).sorted().toList();
        org.assertj.core.api.Assertions.assertThat(reprises)
                .as("ces vues n'appellent plus de cas d'usage : retirez-les de VUES_A_REPRENDRE").isEmpty();
    }
}
