package fr.cellulepdp.reports.document;

import fr.cellulepdp.reports.indicateur.BilanPdfTest;
import fr.cellulepdp.reports.protection.DroitAccesPdfTest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.document.CertificatSignature;
import fr.cellulepdp.model.document.ContenuSeance;
import fr.cellulepdp.model.document.DocumentPdf;
import fr.cellulepdp.model.indicateur.GenerateurBilan.ContenuBilan;
import fr.cellulepdp.model.indicateur.Periode;
import fr.cellulepdp.model.notification.Destinataire;
import fr.cellulepdp.model.notification.RemettreCodePersonnel;
import fr.cellulepdp.model.seance.DossierSeance;
import fr.cellulepdp.reports.signature.CertificatAutoSigne;
import fr.cellulepdp.reports.signature.SignaturePades;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Every document the application produces is PDF/UA-1 (veraPDF), and PDF/A-2a as the other tests check: a whole meeting pack
 * (agendas, minutes and extract, letters of every outcome and copies, signed minutes and letter), the posting
 * batch, the yearly review and the right-of-access export. One test, so that the documents are made once.
 */
class AccessibiliteDocumentsTest {

    private static final String LOT = "courriers à poster";

    private static final String CODE = "code personnel et récépissé";
    private static final char[] MOT_DE_PASSE = "essai-accessibilite".toCharArray();
    private final GenerateurPdf generateur = new GenerateurPdf();

    @Test
    void every_document_is_pdf_a_2a_and_pdf_ua_1_signed_or_not() throws Exception {
        Map<String, byte[]> documents = new LinkedHashMap<>();
        ContenuSeance seance = ContenuDemo.derniereSeanceCloturee();
        documents.put("ordre du jour", generateur.ordreDuJour(seance, false).contenu());
        documents.put("ordre du jour (partenaires)", generateur.ordreDuJour(seance, true).contenu());
        DocumentPdf pv = generateur.procesVerbal(seance, false);
        documents.put("procès-verbal", pv.contenu());
        documents.put("procès-verbal (extrait)", generateur.procesVerbal(seance, true).contenu());
        List<byte[]> aPoster = new ArrayList<>();
        for (IssueDecision issue : IssueDecision.decisions()) {
            ContenuDemo.Lettre cas = ContenuDemo.lettre(issue);
            byte[] lettre = generateur.notification(cas.contenu(), cas.point(), cas.decision(), Destinataire.ASSURE)
                    .contenu();
            documents.put("lettre " + issue, lettre);
            aPoster.add(lettre);
        }
        ContenuDemo.Lettre refus = ContenuDemo.lettre(IssueDecision.REFUS);
        for (Destinataire copie : List.of(Destinataire.EMPLOYEUR, Destinataire.MEDECIN_TRAVAIL)) {
            documents.put("copie " + copie, generateur.notification(refus.contenu(), refus.point(), refus.decision(),
                    copie).contenu());
        }
        // incremental updates (chair, then secretary) keep the structure tree and the tagged signature fields valid
        SignaturePades pades = new SignaturePades();
        CertificatSignature certificat = new CertificatSignature(CertificatAutoSigne.creer("Hélène Martinel",
                "CPAM de la Nièvre", MOT_DE_PASSE, Instant.parse("2026-11-23T09:00:00Z")), MOT_DE_PASSE,
                "Hélène Martinel", "Responsable du service social");
        byte[] pvSigne = pades.signer(pv.contenu(), pv.emplacements().get(0), certificat);
        pvSigne = pades.signer(pvSigne, pades.emplacementsLibres(pvSigne).get(0), certificat);
        documents.put("procès-verbal signé deux fois", pvSigne);
        DocumentPdf lettreRefus = DocumentsDeTest.lettreRefus();
        documents.put("lettre signée", pades.signer(lettreRefus.contenu(), lettreRefus.emplacements().get(0),
                certificat));
        documents.put(LOT, new FusionPdfBox().fusionner(aPoster));
        documents.put("bilan annuel", generateur.bilan(new ContenuBilan(seance.cellule(), null,
                BilanPdfTest.indicateurs(Periode.annee(2026)), LocalDate.of(2026, 11, 23))).contenu());
        documents.put("droit d'accès", generateur.donneesPersonne(DroitAccesPdfTest.donnees(seance)).contenu());
        documents.put(CODE, generateur.codePersonnel(new RemettreCodePersonnel.PageCode(seance.cellule(),
                seance.dossier().points().get(0).assure(), "K7QM-4XTR-9HWC", RemettreCodePersonnel.Remise.EN_MAIN_PROPRE,
                true, LocalDate.of(2026, 11, 23))));

        Map<String, String> enfreintes = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> document : documents.entrySet()) {
            // PDF/A-2a of the others is checked where each is tested (GenerateurPdfTest, BilanPdfTest,
            // DroitAccesPdfTest, SignaturePadesTest; the personal code's page has no test of its own): not twice, veraPDF is most of the suite's time here
            String regles = ((document.getKey().equals(LOT) || document.getKey().equals(CODE) ? ValidationPdfA.reglesEnfreintes(document.getValue())
                    : "") + "\n" + ValidationPdfA.reglesPdfUaEnfreintes(document.getValue())).strip();
            if (!regles.isEmpty()) {
                enfreintes.put(document.getKey(), regles);
            }
            try (PDDocument pdf = Loader.loadPDF(document.getValue())) {
                assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).as(document.getKey()).isTrue();
                assertThat(pdf.getDocumentCatalog().getLanguage()).as(document.getKey()).isEqualTo("fr-FR");
                assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle())
                        .as(document.getKey()).isTrue();
            }
        }
        assertThat(enfreintes).isEmpty();
        try (PDDocument lot = Loader.loadPDF(documents.get(LOT))) {
            assertThat(lot.getDocumentInformation().getTitle()).isEqualTo(FusionPdfBox.TITRE);
            assertThat(lot.getNumberOfPages()).isEqualTo(aPoster.size());
        }
        GenerateurPdfTest.garder("courriers-a-poster.pdf", documents.get(LOT));
        GenerateurPdfTest.garder("proces-verbal-signe-deux-fois.pdf", pvSigne);
    }

    @Test
    void a_letter_reads_in_order_letterhead_recipient_date_object_body_signature_without_its_footer()
            throws Exception {
        ContenuDemo.Lettre cas = ContenuDemo.lettre(IssueDecision.ACCORD);
        DossierSeance.Point point = cas.point();
        byte[] lettre = generateur.notification(cas.contenu(), point, cas.decision(), Destinataire.ASSURE).contenu();

        String lu = LectureBalisee.lire(lettre).replace('\u00a0', ' ').replace('\u202f', ' ');
        GenerateurPdfTest.garder("lettre-accord-lecture-balisee.txt", lu.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        List<String> ordre = List.of(cas.contenu().cellule().nom(), point.assure().nom().toUpperCase(),
                "Nevers, le 23 novembre 2026", "Référence : ", "Objet : demande d", "Vous avez demandé le",
                "La cellule a donné son accord", "salutations distinguées", "[Form : Signature de "
                        + cas.contenu().cellule().signataire(), "Protection de vos données");
        int depuis = -1;
        for (String morceau : ordre) {
            int position = lu.indexOf(morceau, depuis + 1);
            assertThat(position).as("« %s » après la position %d dans :%n%s", morceau, depuis, lu)
                    .isGreaterThan(depuis);
            depuis = position;
        }
        assertThat(lu).doesNotContain("page 1 / ");
    }

    @Test
    void the_review_s_charts_are_figures_whose_alternative_states_the_figures_followed_by_their_table()
            throws Exception {
        byte[] bilan = generateur.bilan(new ContenuBilan(ContenuDemo.derniereSeanceCloturee().cellule(), null,
                BilanPdfTest.indicateurs(Periode.annee(2026)), LocalDate.of(2026, 11, 23))).contenu();

        String lu = LectureBalisee.lire(bilan).replace('\u00a0', ' ');

        assertThat(lu).contains("[Figure : Graphique en barres, 3 barres : Service médical : 2 ; "
                        + "Requête IJ 60 jours : 1 ; Employeur : 1.]\nLibellé\nNombre\nService médical\n2\n",
                "Convention de rééducation professionnelle en entreprise : 2 (refus 1, ajournement 1)",
                "\nConvention de rééducation professionnelle en entreprise\n");
    }
}
