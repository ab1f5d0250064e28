package fr.cellulepdp.app.cli;

import fr.cellulepdp.app.wiring.CommandesCablees;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code reminders settings|send} and {@code letters offer}: in someone's name, the coordinatrice's right checked
 * before anything is touched, a second run doing nothing twice.
 */
class CommandesRappelsCourriersTest {

    @TempDir
    Path dossier;

    private StringWriter sortie = new StringWriter();
    private StringWriter erreurs = new StringWriter();

    private int executer(String utilisateur, String... commande) {
        sortie = new StringWriter();
        erreurs = new StringWriter();
        CommandLine ligne = CommandesCablees.creer(base -> { }, Map.of("PDP_PASSWORD",
                fr.cellulepdp.app.compte.ComptesDemo.MOT_DE_PASSE)::get);
        ligne.setOut(new PrintWriter(sortie, true));
        ligne.setErr(new PrintWriter(erreurs, true));
        String[] arguments = new String[commande.length + 4];
        arguments[0] = "--db";
        arguments[1] = dossier.resolve("cellule").toString();
        arguments[2] = "--user";
        arguments[3] = utilisateur;
        System.arraycopy(commande, 0, arguments, 4, commande.length);
        return ligne.execute(arguments);
    }

    @Test
    void reminders_and_offer_letters_from_the_command_line() {
        String coordinatrice = fr.cellulepdp.app.compte.ComptesDemo.COORDINATRICE;
        assertThat(executer(coordinatrice, "demo")).isZero();

        assertThat(executer("julien.perrot", "reminders", "settings", "--on")).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("seule la coordinatrice");
        assertThat(executer(coordinatrice, "reminders", "settings", "--on", "--off")).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(executer(coordinatrice, "reminders", "settings", "--hour", "24")).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("heure");
        assertThat(executer(coordinatrice, "reminders", "settings", "--on", "--days", "3", "--hour", "0")).isZero();
        assertThat(sortie.toString()).contains("rappels activés : suivis à échéance sous 3 jour(s)");
        assertThat(executer(coordinatrice, "reminders", "send")).isZero();
        assertThat(executer(coordinatrice, "reminders", "send")).isZero();
        assertThat(sortie.toString()).as("jamais deux fois le même jour").startsWith("0 rappel(s) préparé(s)");

        assertThat(executer("julien.perrot", "letters", "offer", "--new")).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("seule la coordinatrice");
        assertThat(executer(coordinatrice, "letters", "offer")).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("--new ou --file");
        assertThat(executer(coordinatrice, "letters", "offer", "--file", "PDP-0000-0000"))
                .isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("PDP-0000-0000");
        assertThat(executer(coordinatrice, "letters", "offer", "--new")).isZero();
        String premier = sortie.toString();
        assertThat(premier).containsPattern("[1-9]\\d* courrier\\(s\\) de mise à disposition produit\\(s\\)");
        assertThat(premier.lines().filter(l -> l.endsWith("-mise-a-disposition.pdf")).map(Path::of))
                .isNotEmpty().allSatisfy(f -> assertThat(Files.exists(f)).isTrue());
        assertThat(executer(coordinatrice, "letters", "offer", "--new")).isZero();
        assertThat(sortie.toString()).startsWith("0 courrier(s) de mise à disposition produit(s)");
        assertThat(executer(coordinatrice, "letters", "offer-print")).isZero();
        assertThat(sortie.toString().strip()).endsWith(".pdf");
        assertThat(executer(coordinatrice, "letters", "offer-posted")).isZero();
        assertThat(sortie.toString()).doesNotStartWith("0 ");
    }

    @Test
    void whether_adjournment_letters_give_the_appeal_route_is_the_coordinatrices_setting() {
        String coordinatrice = fr.cellulepdp.app.compte.ComptesDemo.COORDINATRICE;
        assertThat(executer(coordinatrice, "demo")).isZero();

        assertThat(executer(coordinatrice, "settings", "adjournment-appeal")).isZero();
        assertThat(sortie.toString()).contains("ne peut pas faire l'objet d'un recours");
        assertThat(executer("julien.perrot", "settings", "adjournment-appeal", "--on"))
                .isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("seule la coordinatrice");
        assertThat(executer(coordinatrice, "settings", "adjournment-appeal", "--on", "--off"))
                .isEqualTo(LigneDeCommande.ECHEC);
        assertThat(executer(coordinatrice, "settings", "adjournment-appeal", "--on")).isZero();
        assertThat(executer(coordinatrice, "settings", "adjournment-appeal")).isZero();
        assertThat(sortie.toString()).contains("donnent la voie de recours (commission de recours amiable");
    }
}
