package fr.cellulepdp.app.cli;

import fr.cellulepdp.app.wiring.CommandesCablees;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.compte.ComptesDemo;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.convocation.CourrielMembre;
import fr.cellulepdp.model.convocation.NatureCourrielMembre;
import fr.cellulepdp.model.notification.SecuriteSmtp;
import fr.cellulepdp.model.seance.StatutSeance;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code meetings convoke | move | cancel} run in-process on the demo cell's H2 file, as its coordinatrice. */
class CommandeConvocationsTest {

    @TempDir
    Path dossier;

    private final StringWriter sortie = new StringWriter();
    private final StringWriter erreurs = new StringWriter();

    private int executer(String... arguments) {
        var ligne = CommandesCablees.creer(acces -> { }, Map.of("PDP_PASSWORD", ComptesDemo.MOT_DE_PASSE)::get);
        ligne.setOut(new PrintWriter(sortie, true));
        ligne.setErr(new PrintWriter(erreurs, true));
        List<String> liste = new java.util.ArrayList<>(List.of("--db", base(), "--user", "helene.martinel"));
        liste.addAll(List.of(arguments));
        return ligne.execute(liste.toArray(String[]::new));
    }

    private String base() {
        return dossier.resolve("cellule").toString();
    }

    private Services ouvrir() {
        return fr.cellulepdp.app.wiring.Services.ouvrirDemoCommeCoordinatrice(dossier.resolve("cellule"), Horloge.systeme());
    }

    private List<CourrielMembre> courriels() {
        try (Services services = ouvrir()) {
            return services.stockage().courrielsMembres().findAll();
        }
    }

    @Test
    void convoke_then_move_then_cancel_the_next_planned_meeting() {
        assertThat(executer("demo")).as(erreurs.toString()).isZero();
        int numero;
        try (Services services = ouvrir()) {
            services.courriers().parametrerSmtp().enregistrer("localhost", 2525, SecuriteSmtp.AUCUNE,
                    "", new char[0], "cellule-pdp58@exemple.fr", "Cellule PDP 58");
            numero = services.seances().convoquerSeance().trouver(null).numero();
        }

        assertThat(executer("meetings", "convoke", "--seance", "prochaine")).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("« prochaine » n’est ni un numéro de séance ni « next »");
        assertThat(executer("meetings", "convoke", "--seance", "next")).as(erreurs.toString()).isZero();
        assertThat(sortie.toString()).contains("Séance n° " + numero + " : 7 convocation(s) en attente d’envoi")
                .doesNotContain("@exemple.fr");
        assertThat(executer("meetings", "convoke", "--seance", "next")).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("ont déjà reçu cette convocation");

        String jour = LocalDate.now().plusDays(12).toString();
        assertThat(executer("meetings", "move", "--seance", String.valueOf(numero), "--date", jour, "--time",
                "09:30", "--place", "CPAM de Nevers, salle 3")).as(erreurs.toString()).isZero();
        assertThat(executer("meetings", "convoke", "--seance", String.valueOf(numero))).isZero();
        assertThat(sortie.toString()).contains("7 mise(s) à jour de convocation en attente d’envoi");

        assertThat(executer("meetings", "cancel", "--seance", String.valueOf(numero), "--reason", "salle prise"))
                .as(erreurs.toString()).isZero();
        assertThat(sortie.toString()).contains("annulée : 7 annulation(s) en attente d’envoi");
        assertThat(courriels()).hasSize(21).filteredOn(c -> c.nature() == NatureCourrielMembre.ANNULATION)
                .hasSize(7).allSatisfy(c -> assertThat(c.sequence()).isEqualTo(2));
        try (Services services = ouvrir()) {
            assertThat(services.stockage().seances().findAll().stream().filter(s -> s.numero() == numero)
                    .findFirst().orElseThrow().statut()).isEqualTo(StatutSeance.ANNULEE);
        }
        assertThat(executer("meetings", "open", "--number", String.valueOf(numero))).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("est annulée");
    }
}
