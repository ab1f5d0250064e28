package fr.cellulepdp.reports.protection;

import fr.cellulepdp.reports.document.ContenuDemo;
import fr.cellulepdp.reports.document.GenerateurPdf;
import fr.cellulepdp.reports.document.GenerateurPdfTest;
import fr.cellulepdp.reports.document.ValidationPdfA;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.audit.EvenementAudit;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.document.ContenuSeance;
import fr.cellulepdp.model.document.DocumentPdf;
import fr.cellulepdp.model.protection.ExporterDonneesPersonne.DonneesPersonne;
import fr.cellulepdp.model.protection.ExporterDonneesPersonne.Dossier;
import fr.cellulepdp.model.seance.DossierSeance;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The right-of-access export: PDF/A, the person's identity, each file with its requests and decisions, the trail. */
public class DroitAccesPdfTest {

    /** What the cell holds about the first person of the demo's last closed meeting. */
    public static DonneesPersonne donnees(ContenuSeance contenu) {
        DossierSeance.Point point = contenu.dossier().points().get(0);
        Map<UUID, List<Decision>> decisions = point.demandes().stream().collect(Collectors.toMap(d -> d.id(),
                d -> contenu.dossier().decisions().stream().filter(x -> x.demandeId().equals(d.id())).toList()));
        // the recognitions held on the person are data held too (decision 0030)
        return new DonneesPersonne(contenu.cellule(), point.assure().avecReconnaissances(
                new fr.cellulepdp.model.situation.Reconnaissances(LocalDate.of(2024, 3, 1), null, null, null,
                        fr.cellulepdp.model.situation.Inaptitude.RISQUE, LocalDate.of(2026, 10, 5))),
                List.of(new Dossier(point.situation(), point.demandes(), decisions, List.of(), List.of())),
                contenu.dossier().membres().stream().collect(Collectors.toMap(Membre::id, Function.identity())),
                List.of(new EvenementAudit(1, Instant.parse("2026-11-20T10:00:00Z"), "coordinatrice", "CONSULTATION",
                        "Situation", point.situation().id(), point.situation().numeroDossier(), "0", "h")),
                LocalDate.of(2026, 11, 23));
    }

    @Test
    void everything_held_about_one_person_in_one_pdf_a_document() throws Exception {
        ContenuSeance contenu = ContenuDemo.derniereSeanceCloturee();
        DossierSeance.Point point = contenu.dossier().points().get(0);
        DonneesPersonne donnees = donnees(contenu);
        Map<UUID, List<Decision>> decisions = donnees.dossiers().get(0).decisions();

        DocumentPdf pdf = new GenerateurPdf().donneesPersonne(donnees);
        GenerateurPdfTest.garder("droit-acces.pdf", pdf.contenu());

        assertThat(ValidationPdfA.reglesEnfreintes(pdf.contenu())).isEmpty();
        String texte = GenerateurPdfTest.texte(pdf.contenu());
        assertThat(texte).contains("Données détenues par la cellule PDP", "article 15",
                point.assure().nom().toUpperCase(), point.assure().nir().formate().replace('\u00a0', ' '),
                "Dossier " + point.situation().numeroDossier(), point.demandes().get(0).libelleMesure(),
                "CONSULTATION", "journal d'audit");
        assertThat(texte.replaceAll("\\s+", " ")).contains("Handicap et aptitude", "RQTH du ",
                "Risque d'inaptitude signalé par le médecin du travail le ");
        Decision premiere = decisions.get(point.demandes().get(0).id()).get(0);
        assertThat(texte).contains(premiere.issue().libelle());
        // what article 15(1) requires besides the data themselves
        assertThat(texte.replaceAll("\\s+", " ")).contains("article 15, paragraphe 1", "Finalité : ", "Base légale : ",
                "Catégories de données : ", "Destinataires : ", "Durée de conservation : ", "Source : ",
                "Vos droits : rectification, effacement, limitation et opposition", "réclamation auprès de la CNIL",
                "décision n'est prise sur le seul fondement d'un traitement automatisé");
    }
}
