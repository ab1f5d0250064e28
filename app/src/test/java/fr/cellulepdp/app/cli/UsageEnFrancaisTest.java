package fr.cellulepdp.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.wiring.CommandesCablees;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Usage errors and help in French, for every subcommand; parsing only, so no database is opened. */
class UsageEnFrancaisTest {

    private final StringWriter sortie = new StringWriter();
    private final StringWriter erreurs = new StringWriter();

    /** As the jar runs them: only the subcommand the arguments name is built. */
    private int executer(String... arguments) {
        CommandLine ligne = CommandesCablees.pour(arguments, acces -> {
            throw new AssertionError("la fenêtre ne doit pas s'ouvrir");
        }, Map.<String, String>of()::get);
        ligne.setOut(new PrintWriter(sortie, true));
        ligne.setErr(new PrintWriter(erreurs, true));
        return ligne.execute(arguments);
    }

    @Test
    void a_command_group_without_its_subcommand_lists_them_in_french() {
        assertThat(executer("settings")).isEqualTo(CommandLine.ExitCode.USAGE);

        assertThat(erreurs.toString()).startsWith("Erreur : indiquez une sous-commande parmi : ")
                .contains("smtp").contains("Voir « cellule-pdp settings --help ».")
                .doesNotContain("Missing");
    }

    @Test
    void every_subcommand_answers_help_with_french_headings() {
        assertThat(executer("settings", "--help")).isZero();
        assertThat(sortie.toString()).startsWith("Utilisation : cellule-pdp settings [-h] [SOUS-COMMANDE]")
                .contains("Sous-commandes :")
                .doesNotContain("Usage:");

        sortie.getBuffer().setLength(0);
        assertThat(executer("render", "-h")).isZero();
        assertThat(sortie.toString()).startsWith("Utilisation : cellule-pdp render").contains("Options :")
                .contains("--seance");
    }

    @Test
    void unknown_options_missing_and_invalid_values_are_said_in_french_naming_the_command() {
        assertThat(executer("render", "--inconnue", "--seance", "3")).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(erreurs.toString()).contains("Erreur : option inconnue : « --inconnue ».")
                .contains("Voir « cellule-pdp render --help ».");

        erreurs.getBuffer().setLength(0);
        assertThat(executer("render")).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(erreurs.toString()).startsWith("Erreur : paramètre obligatoire manquant : --seance.");

        erreurs.getBuffer().setLength(0);
        assertThat(executer("version", "en-trop")).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(erreurs.toString()).startsWith("Erreur : argument inattendu : « en-trop ».");
    }
}
