package fr.cellulepdp.app.support;

import fr.cellulepdp.app.wiring.CommandesCablees;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.cli.LigneDeCommande;
import fr.cellulepdp.app.compte.ComptesDemo;
import fr.cellulepdp.model.demo.DonneesDemo;
import fr.cellulepdp.model.demo.JeuDemo;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The log file after a demo, a render and an import (with refused lines): it tells support what ran, and holds none of
 * the names, NIRs and medical details the commands handled.
 */
class JournalSansDonneesPersonnellesTest {

    @TempDir
    Path dossier;

    private final StringWriter sortie = new StringWriter();

    private int executer(String... arguments) {
        CommandLine ligne = CommandesCablees.creer(acces -> { }, Map.of("PDP_PASSWORD", ComptesDemo.MOT_DE_PASSE)::get);
        ligne.setOut(new PrintWriter(sortie, true));
        ligne.setErr(new PrintWriter(sortie, true));
        return ligne.execute(arguments);
    }

    @Test
    void the_log_tells_what_ran_and_never_a_name_a_nir_or_a_medical_detail() throws Exception {
        String base = dossier.resolve("cellule").toString();
        Path liste = dossier.resolve("liste-ij60.csv");
        Files.writeString(liste, "nir;nom;prenom;date_debut_arret;risque\n"
                + "269054958815780;Roquelaure;Ombeline;01/08/2026;maladie\n"
                + "269054958815781;Roquelaure;Ombeline;01/08/2026;maladie\n"
                + "185057800608491;Vasseur-Klein;\"Aurèle;01/08/2026;at\n");

        assertThat(executer("--db", base, "demo")).as(sortie.toString()).isZero();
        assertThat(executer("--db", base, "--user", "helene.martinel", "render", "--seance", "last",
                "--sans-signature")).as(sortie.toString()).isZero();
        assertThat(executer("--db", base, "--user", "helene.martinel", "import-ij60", liste.toString()))
                .as("two refused lines").isEqualTo(LigneDeCommande.ECHEC);
        assertThat(sortie.toString()).as("the user is told about the lines").contains("ligne 3 :", "ligne 4 :");

        String journal = Files.readString(DossierJournaux.courant().resolve(DossierJournaux.NOM_FICHIER),
                StandardCharsets.UTF_8);
        assertThat(journal).contains("Cellule PDP ", ") : commande « demo »", "Commande « demo » terminée : code 0",
                "Commande « render » terminée : code 0", "Commande « import-ij60 » terminée : code 1");
        JeuDemo demo = DonneesDemo.generer(LocalDate.now());
        List<String> interdits = new ArrayList<>(List.of("Roquelaure", "Ombeline", "Vasseur", "Aurèle",
                "269054958815780", "185057800608491"));
        demo.assures().forEach(a -> interdits.addAll(List.of(a.nom(), a.prenom(), a.nir().valeur())));
        demo.membres().forEach(m -> interdits.addAll(List.of(m.nom(), m.prenom())));
        demo.situations().forEach(s -> Stream.of(s.notesSociales(), s.avisMedical())
                .filter(texte -> texte != null && texte.length() > 12).forEach(interdits::add));
        assertThat(interdits).hasSizeGreaterThan(150);
        for (String interdit : interdits) {
            assertThat(journal).as("the log holds « %s »", interdit).doesNotContain(interdit);
        }
    }
}
