package fr.cellulepdp.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.wiring.CommandesCablees;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The jar builds picocli's model of the subcommand its arguments name only; help and unknown names see them all. */
class SousCommandeDemandeeTest {

    private final StringWriter erreurs = new StringWriter();

    private CommandLine pour(String... arguments) {
        CommandLine ligne = CommandesCablees.pour(arguments, acces -> {
            throw new AssertionError("la fenêtre ne doit pas s'ouvrir");
        }, Map.<String, String>of()::get);
        ligne.setOut(new PrintWriter(java.io.Writer.nullWriter()));
        ligne.setErr(new PrintWriter(erreurs, true));
        return ligne;
    }

    private static java.util.Set<String> toutes() {
        return CommandesCablees.creer(acces -> { }, Map.<String, String>of()::get).getSubcommands().keySet();
    }

    @Test
    void a_command_builds_only_its_own_subcommand_past_the_options_and_their_values() {
        assertThat(pour("--db", "/tmp/x", "--user", "version", "render", "--seance", "last").getSubcommands())
                .containsOnlyKeys("render");
        assertThat(pour("--db-user", "members", "members", "list").getSubcommands()).containsOnlyKeys("members");
        assertThat(pour("members", "list").getSubcommands().get("members").getSubcommands()).containsKey("list");
    }

    @Test
    void the_window_builds_none() {
        assertThat(pour("--db", "/tmp/x").getSubcommands()).isEmpty();
        assertThat(pour().getSubcommands()).isEmpty();
    }

    @Test
    void the_programs_help_and_an_unknown_name_build_them_all_in_the_same_order() {
        assertThat(toutes()).hasSize(CommandePrincipale.SOUS_COMMANDES.size()).contains("render", "version");
        assertThat(pour("--help").getSubcommands().keySet()).containsExactlyElementsOf(toutes());
        assertThat(pour("--db", "/tmp/x", "-h", "render").getSubcommands().keySet()).containsExactlyElementsOf(toutes());

        CommandLine inconnue = pour("--db", "/tmp/x", "rendre");
        assertThat(inconnue.getSubcommands().keySet()).containsExactlyElementsOf(toutes());
        assertThat(inconnue.execute("--db", "/tmp/x", "rendre")).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(erreurs.toString()).startsWith("Erreur : ").contains("« rendre »");
    }

    @Test
    void a_subcommand_built_alone_runs_with_the_wiring_s_factory() {
        StringWriter sortie = new StringWriter();
        CommandLine ligne = pour("version");
        ligne.setOut(new PrintWriter(sortie, true));

        assertThat(ligne.execute("version")).isZero();
        assertThat(sortie.toString()).isNotBlank();
    }
}
