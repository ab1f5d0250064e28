package fr.cellulepdp.reports.importation;

import fr.cellulepdp.reports.document.ContenuDemo;
import fr.cellulepdp.reports.document.GenerateurPdf;
import fr.cellulepdp.reports.document.GenerateurPdfTest;
import fr.cellulepdp.reports.redaction.Redaction;
import fr.cellulepdp.reports.document.ValidationPdfA;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.document.ContenuSeance;
import fr.cellulepdp.model.document.DocumentPdf;
import fr.cellulepdp.model.importation.GenerateurMiseADisposition;
import fr.cellulepdp.model.importation.TexteMiseADisposition;
import fr.cellulepdp.model.seance.DossierSeance;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The « courrier de mise à disposition »: PDF/A, the default wording filled in, the notices of the decision letters. */
class CourrierMiseADispositionPdfTest {

    @Test
    void the_offer_letter_is_pdf_a_and_reads_like_the_decision_letters() throws Exception {
        ContenuSeance seance = ContenuDemo.derniereSeanceCloturee();
        DossierSeance.Point point = seance.dossier().points().get(0);
        Map<String, String> valeurs = Map.of("arret.debut", "01/08/2026", "cellule.telephone",
                seance.cellule().telephone(), "cellule.email", seance.cellule().email());

        DocumentPdf pdf = new GenerateurPdf().courrier(new GenerateurMiseADisposition.Contenu(seance.cellule(), null,
                point.assure(), point.situation(), LocalDate.of(2026, 12, 3), TexteMiseADisposition.PAR_DEFAUT,
                valeurs, seance.annuaire()));
        GenerateurPdfTest.garder("mise-a-disposition.pdf", pdf.contenu());

        assertThat(ValidationPdfA.reglesEnfreintes(pdf.contenu())).isEmpty();
        assertThat(ValidationPdfA.reglesPdfUaEnfreintes(pdf.contenu())).as("PDF/UA-1").isEmpty();
        String texte = GenerateurPdfTest.texteImprime(pdf.contenu()).replaceAll("[\\s\\u00a0\\u202f]+", " ");
        assertThat(texte).contains("Référence : " + point.situation().numeroDossier(),
                "Objet : proposition d’accompagnement pour préparer votre retour à l’emploi",
                "le 3 décembre 2026", "arrêt de travail depuis le " + Redaction.date(point.situation().debutArret())
                        .replaceAll("[\\u00a0\\u202f]", " "), seance.cellule().telephone(),
                "ne vous engage à rien", "Protection de vos données", "CNIL",
                seance.cellule().signataire()).doesNotContain("{{", "recours amiable", "À signer");
        assertThat(texte).doesNotContain(point.assure().nir().valeur());
    }
}
