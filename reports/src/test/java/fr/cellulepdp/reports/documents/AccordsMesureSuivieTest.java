package fr.cellulepdp.reports.documents;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.demo.DonneesDemo;
import fr.cellulepdp.model.demo.JeuDemo;
import fr.cellulepdp.model.document.ContenuSeance;
import fr.cellulepdp.model.mesure.TypeMesure;
import fr.cellulepdp.model.seance.Seance;
import org.junit.jupiter.api.Test;

/**
 * A followed temps partiel thérapeutique appears in the full minutes with the agreements recorded on it, the
 * employer's among them (seed 003); the partners' extract leaves them out.
 */
class AccordsMesureSuivieTest {

    @Test
    void the_minutes_print_the_agreements_of_a_followed_temps_partiel_therapeutique() throws Exception {
        JeuDemo jeu = DonneesDemo.generer(ContenuDemo.REFERENCE);
        Decision suivie = jeu.decisions().stream().filter(d -> d.issue() == IssueDecision.SUIVIE)
                .filter(d -> jeu.demandes().stream().anyMatch(x -> x.id().equals(d.demandeId())
                        && x.mesure() == TypeMesure.TEMPS_PARTIEL_THERAPEUTIQUE))
                .findFirst().orElseThrow();
        Demande tpt = jeu.demandes().stream().filter(x -> x.id().equals(suivie.demandeId())).findFirst().orElseThrow();
        Seance seance = jeu.seances().stream().filter(s -> s.id().equals(suivie.seanceId())).findFirst().orElseThrow();
        ContenuSeance contenu = ContenuDemo.contenu(jeu, seance, null, null);
        GenerateurPdf generateur = new GenerateurPdf();

        byte[] pv = generateur.procesVerbal(contenu, false).contenu();
        GenerateurPdfTest.garder("proces-verbal-temps-partiel.pdf", pv);
        String texte = GenerateurPdfTest.texteImprime(pv).replaceAll("\\s+", " ");
        String extrait = GenerateurPdfTest.texteImprime(generateur.procesVerbal(contenu, true).contenu())
                .replaceAll("\\s+", " ");

        assertThat(tpt.accordsObtenus()).as("la démo recueille les accords du catalogue").hasSize(4);
        assertThat(texte).contains("Mesure demandée : temps partiel thérapeutique Pour information : mesure suivie",
                "Accords recueillis : médecin traitant, médecin-conseil, médecin du travail, employeur.");
        assertThat(extrait).doesNotContain("Accords recueillis");
    }
}
