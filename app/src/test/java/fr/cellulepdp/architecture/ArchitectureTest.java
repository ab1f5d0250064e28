package fr.cellulepdp.architecture;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Set;
import java.util.stream.Stream;
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

    /** The wiring, which builds the views and names use cases and storage to do so (decision record 0044). */
    private static final String CABLAGE = "fr.cellulepdp.app.wiring";

    /**
     * A view of the window, by its name (nested and anonymous classes count as their top-level class): it lays out and
     * binds; its view model (Modele…) calls the use cases. See decision record 0023.
     */
    private static final DescribedPredicate<JavaClass> VUE = DescribedPredicate.describe(
            "a view (Vue…, Panneau…, Fenetre…, Onglet…, Page…, Dialogue…, Editeur…, Formulaire…)",
            c -> c.getPackageName().startsWith("fr.cellulepdp.app") && !c.getPackageName().startsWith(CABLAGE)
                    && Pattern.matches(
                    "(Vue|Panneau|Fenetre|Onglet|Page|Dialogue|Editeur|Formulaire)[A-Z].*", nomHaut(c)));

    /** The session as the model's use cases read it (decision record 0044): the cell's, and the trail's own. */
    private static final Set<String> SESSION = Set.of("fr.cellulepdp.model.cellule.UtilisateurCourant",
            "fr.cellulepdp.model.audit.ActeurAuditCourant");

    /**
     * A use case of the model: a class built with the session (it reads who acts at each call and checks the right),
     * or whose public methods still act in someone's name (an {@code Utilisateur} first, or the trail's
     * {@code ActeurAudit}: decision record 0053).
     */
    private static final DescribedPredicate<JavaClass> CAS_D_USAGE = DescribedPredicate.describe(
            "a use case of the model", c -> c.getPackageName().startsWith("fr.cellulepdp.model")
                    && (c.getConstructors().stream().anyMatch(k -> k.getRawParameterTypes().stream()
                            .anyMatch(t -> SESSION.contains(t.getName())))
                    || c.getMethods().stream().anyMatch(m -> m.getModifiers().contains(JavaModifier.PUBLIC)
                    && !m.getModifiers().contains(JavaModifier.STATIC) && !m.getRawParameterTypes().isEmpty()
                    && Set.of("fr.cellulepdp.model.cellule.Utilisateur", "fr.cellulepdp.model.audit.ActeurAudit")
                    .contains(m.getRawParameterTypes().get(0).getName()))));

    /** The composition root, which only the wiring may name (decision record 0044). */
    private static final String RACINE = "fr.cellulepdp.app.wiring.Services";

    private static String nomHaut(JavaClass c) {
        String nom = c.getName().substring(c.getPackageName().length() + 1);
        int imbrique = nom.indexOf('$');
        return imbrique < 0 ? nom : nom.substring(0, imbrique);
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

    /**
     * No cycle between the packages of {@code model} (decision record 0053, after 0036 and 0043 froze and shrank
     * them): a feature that needs one above it declares a narrow port that the higher one implements. The same as
     * {@code python3 scripts/cycles-paquets.py model/target/classes} printing no group.
     */
    @Test
    void model_packages_have_no_cycles() {
        slices().matching("fr.cellulepdp.model.(*)..").should().beFreeOfCycles().check(production);
    }

    /** The common types know no feature, and no feature knows the whole storage object, only its own port. */
    @Test
    void commun_knows_no_feature_and_no_feature_knows_the_whole_storage() {
        classes().that().resideInAPackage("fr.cellulepdp.model.commun..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("fr.cellulepdp.model.commun..", "java..")
                .check(production);
        noClasses().that().resideInAPackage(MODEL).and().resideOutsideOfPackage("fr.cellulepdp.model.stockage..")
                .should().dependOnClassesThat().resideInAPackage("fr.cellulepdp.model.stockage..")
                .check(production);
    }

    /** No cycle between the app's packages either: the wiring builds the features, which never name it (0044). */
    @Test
    void app_packages_have_no_cycles() {
        slices().matching("fr.cellulepdp.app.(*)..").should().beFreeOfCycles().check(production);
    }

    @Test
    void below_the_app_nothing_writes_to_the_console_and_logging_goes_through_one_facade() {
        noClasses().that().resideInAnyPackage(MODEL, PERSISTENCE, REPORTS)
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .check(production);
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(production);
    }

    /** The model's storage ports: repositories and the per-feature {@code Stockage…} (decision record 0043). */
    private static final DescribedPredicate<JavaClass> DEPOT = DescribedPredicate.describe(
            "a repository or storage port of the model", c -> c.getPackageName().startsWith("fr.cellulepdp.model")
                    && (c.getSimpleName().endsWith("Repository") || c.getSimpleName().startsWith("Stockage")));

    /**
     * The rule below bites only if it knows the use cases: since they read the session instead of taking the user
     * (decision record 0044), they are recognised by their constructor.
     */
    @Test
    void the_use_cases_are_recognised() {
        assertThat(Stream.of("situation.ListerSituations", "seance.TenirSeance", "decision.DeciderEnUrgence",
                "audit.ConsulterJournal", "audit.VerifierAudit", "cellule.GererMembres")
                .map(nom -> production.get("fr.cellulepdp.model." + nom))).allMatch(CAS_D_USAGE::test);
        assertThat(production.stream().filter(CAS_D_USAGE::test).count()).isGreaterThan(50);
    }

    @Test
    void views_lay_out_and_bind_their_view_models_call_the_use_cases() {
        noClasses().that(VUE)
                .should().dependOnClassesThat(CAS_D_USAGE)
                .orShould().dependOnClassesThat(DEPOT)
                .because("a view calls its view model, which calls the use cases in the background (0023), and "
                        + "never reads the storage itself")
                .check(production);
    }

    /**
     * No class outside {@code app/wiring} receives or names {@code Services} (issue 20, decision record 0044): a
     * screen, a dialog, a command or an app service receives what it uses (use cases, the session as
     * {@code UtilisateurCourant}, small factories), built in the wiring.
     */
    @Test
    void only_the_wiring_names_the_composition_root() {
        noClasses().that().resideOutsideOfPackage("fr.cellulepdp.app.wiring..")
                .should().dependOnClassesThat().haveFullyQualifiedName(RACINE)
                .because("a screen or a command receives what it uses, built in the wiring (0044)")
                .check(production);
    }

    /**
     * Only the wiring reaches the store (issue 20, decision record 0044, amendment of 2026-12-04 bis): views, view
     * models, commands and app services read and write through the use cases, which read the session and check the
     * right before touching anything. The wiring hands the database to the use cases it builds; the whole base's copy
     * (backup, migrate-db) handles persistence's database object as a file, never its repositories.
     */
    @Test
    void only_the_wiring_reaches_the_store() {
        noClasses().that().resideInAPackage(APP).and().resideOutsideOfPackage(CABLAGE + "..")
                .should().dependOnClassesThat(DEPOT)
                .because("a screen, a command or an app service reads and writes through a use case, which checks "
                        + "the right first (0044)")
                .check(production);
    }

    /**
     * The wiring builds and holds no logic: a right is checked by the use case or app service that acts, at each
     * call, where it is tested (decision record 0044, « Services as plain wiring »).
     */
    @Test
    void the_wiring_checks_no_right() {
        noClasses().that().resideInAPackage(CABLAGE + "..")
                .should().dependOnClassesThat().haveFullyQualifiedName("fr.cellulepdp.model.cellule.Droits")
                .because("a right is the use case's or the app service's own check, tested there (0044)")
                .check(production);
    }

}
