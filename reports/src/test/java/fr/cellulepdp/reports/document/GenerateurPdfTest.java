package fr.cellulepdp.reports.document;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.document.ContenuSeance;
import fr.cellulepdp.model.document.DocumentPdf;
import fr.cellulepdp.model.notification.Destinataire;
import fr.cellulepdp.model.seance.DossierSeance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each document type, checked by veraPDF and by its extracted text. */
public class GenerateurPdfTest {

    private static ContenuSeance contenu;
    private final GenerateurPdf generateur = new GenerateurPdf();

    @BeforeAll
    static void lire() {
        contenu = ContenuDemo.derniereSeanceCloturee();
    }

    /** The words of the document; typographic apostrophes read as plain ones (the checks are about words). */
    public static String texte(byte[] pdf) throws IOException {
        return texteImprime(pdf).replace('’', '\'');
    }

    /** The text as printed, typographic apostrophes included; no-break spaces as spaces. */
    public static String texteImprime(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ').replace('\u202F', ' ');
        }
    }

    /** Keeps a copy under target/documents, to look at the pages (pdftoppm). */
    public static void garder(String nom, byte[] pdf) throws IOException {
        Path dossier = Path.of("target", "documents");
        Files.createDirectories(dossier);
        Files.write(dossier.resolve(nom), pdf);
    }

    /**
     * Neither the person's family name (a whole word), nor their first and family names together, nor their NIR.
     * A first name alone may be a member's ("Julien Perrot" sits in the cell).
     */
    static void assertNommePas(String texte, DossierSeance.Point p) {
        for (String nom : java.util.List.of(p.assure().nom(), p.assure().prenom() + " " + p.assure().nom())) {
            assertThat(java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(nom) + "\\b",
                    java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE).matcher(texte)
                    .find()).as(nom).isFalse();
        }
        assertThat(texte).doesNotContain(p.assure().nir().valeur());
    }

    @Test
    void the_agenda_is_pdf_a_and_the_partners_version_names_nobody() throws Exception {
        DocumentPdf complet = generateur.ordreDuJour(contenu, false);
        DocumentPdf partenaires = generateur.ordreDuJour(contenu, true);
        garder("ordre-du-jour.pdf", complet.contenu());
        garder("ordre-du-jour-partenaires.pdf", partenaires.contenu());

        assertThat(ValidationPdfA.reglesEnfreintes(complet.contenu())).isEmpty();
        assertThat(ValidationPdfA.reglesEnfreintes(partenaires.contenu())).isEmpty();
        DossierSeance.Point premier = contenu.dossier().points().get(0);
        assertThat(texte(complet.contenu())).contains("Ordre du jour", "séance n° " + contenu.dossier().seance().numero(),
                premier.situation().numeroDossier(), premier.assure().nom().toUpperCase(), "page 1 / ");
        assertThat(texte(partenaires.contenu())).contains(premier.situation().numeroDossier(),
                premier.assure().initiales());
        for (DossierSeance.Point p : contenu.dossier().points()) {
            assertNommePas(texte(partenaires.contenu()), p);
        }
    }

    @Test
    void a_file_without_recorded_consent_is_never_in_the_partners_agenda_or_minutes() throws Exception {
        DossierSeance d = contenu.dossier();
        DossierSeance.Point sansConsentement = d.points().get(0);
        fr.cellulepdp.model.situation.Situation s = sansConsentement.situation();
        fr.cellulepdp.model.situation.Situation retire = new fr.cellulepdp.model.situation.Situation(s.id(),
                s.version(), s.numeroDossier(), s.assureId(), s.referentSocialId(), s.dateSignalement(), s.origine(),
                s.risque(), s.debutArret(), s.finArretPrevue(), fr.cellulepdp.model.situation.Consentement.AUCUN,
                s.urgent(), s.complexe(), s.notesSociales(), s.avisMedical(), s.statut(), s.issue(), s.dateCloture(),
                s.serviceSanteTravail());
        java.util.List<DossierSeance.Point> points = new java.util.ArrayList<>(d.points());
        points.set(0, new DossierSeance.Point(sansConsentement.point(), retire, sansConsentement.assure(),
                sansConsentement.demandes(), sansConsentement.historique()));
        ContenuSeance modifie = new ContenuSeance(contenu.cellule(), new DossierSeance(d.seance(), points,
                d.decisions(), d.membres(), d.constatQuorum(), d.peutDecider(), d.motifsTypes()), contenu.precedente(),
                contenu.prochaine(), contenu.dateEdition(), contenu.modelesCourrier(), contenu.logo());

        ContenuSeance partage = modifie.pourPartenaires();
        assertThat(partage.dossier().points()).hasSizeLessThan(points.size())
                .allMatch(p -> p.situation().consentement().valableLe(d.seance().date()))
                .noneMatch(p -> p.situation().id().equals(s.id()));
        String numero = s.numeroDossier();
        assertThat(texte(generateur.ordreDuJour(partage, true).contenu())).doesNotContain(numero);
        assertThat(texte(generateur.procesVerbal(partage, true).contenu())).doesNotContain(numero);
        assertThat(texte(generateur.ordreDuJour(modifie, false).contenu())).as("version interne").contains(numero);
    }

    @Test
    void the_minutes_are_pdf_a_with_attendance_quorum_decisions_and_two_signature_frames() throws Exception {
        DocumentPdf pv = generateur.procesVerbal(contenu, false);
        DocumentPdf extrait = generateur.procesVerbal(contenu, true);
        garder("proces-verbal.pdf", pv.contenu());
        garder("proces-verbal-extrait.pdf", extrait.contenu());

        assertThat(ValidationPdfA.reglesEnfreintes(pv.contenu())).isEmpty();
        assertThat(ValidationPdfA.reglesEnfreintes(extrait.contenu())).isEmpty();
        String texte = texte(pv.contenu());
        assertThat(texte).contains("Procès-verbal", "Présences", "Quorum atteint", "Situations examinées",
                "Décision : Accord", "Pour information : mesure suivie par la cellule, qui ne la décide pas",
                "Où elle en est : ", "Motifs : ", "Avis du service médical", "Prochaine séance")
                .as("nothing reads « signé » before the signatures").doesNotContain("Signé électroniquement");
        assertThat(pv.emplacements()).hasSize(2);
        assertThat(extrait.emplacements()).as("the partners' extract is signed by no one: no frame").isEmpty();
        String texteExtrait = texte(extrait.contenu());
        assertThat(texteExtrait).contains("extrait pour les partenaires", "Décision : ", "Extrait non signé")
                .doesNotContain("Avis du service médical", "Motifs : ", "défavorable");
        for (DossierSeance.Point p : contenu.dossier().points()) {
            assertNommePas(texte + texteExtrait, p);
        }
    }

    @Test
    void a_partners_version_made_for_one_organisation_type_names_it_in_its_title() throws Exception {
        var capEmploi = fr.cellulepdp.model.cellule.Partenaire.CAP_EMPLOI;
        DocumentPdf ordre = generateur.ordreDuJour(contenu.pourPartenaire(capEmploi), capEmploi);
        DocumentPdf extrait = generateur.procesVerbal(contenu.pourPartenaire(capEmploi), capEmploi);
        assertThat(ValidationPdfA.reglesEnfreintes(ordre.contenu())).isEmpty();
        assertThat(texte(ordre.contenu()).replaceAll("\\s+", " "))
                .contains("Ordre du jour — version pour les partenaires (Cap Emploi)");
        assertThat(texte(extrait.contenu()).replaceAll("\\s+", " "))
                .contains("Procès-verbal — extrait pour les partenaires (Cap Emploi)");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(extrait.contenu())) {
            assertThat(pdf.getDocumentInformation().getTitle()).endsWith("(extrait Cap Emploi)");
        }
        assertThat(texte(generateur.ordreDuJour(contenu.pourPartenaires(), true).contenu()))
                .as("the common version names no type").doesNotContain("Cap Emploi)");
    }

    @Test
    void the_minutes_print_the_approval_of_the_previous_minutes() throws Exception {
        ContenuSeance c = contenu;
        assertThat(texte(generateur.procesVerbal(c, false).contenu()).replaceAll("\\s+", " ")).as("rien d'enregistré")
                .contains("est soumis à l'approbation des membres.");
        ContenuSeance approuve = new ContenuSeance(c.cellule(), c.dossier(), c.precedente(), c.prochaine(),
                c.dateEdition(), c.modelesCourrier(), c.logo(), c.annuaire(),
                new fr.cellulepdp.model.seance.ApprobationProcesVerbal(java.util.UUID.randomUUID(), 1,
                        c.dossier().seance().id(), c.precedente().id(),
                        fr.cellulepdp.model.seance.Approbation.APPROUVE_AVEC_MODIFICATIONS, "Point 2 : date corrigée."));

        String texte = texte(generateur.procesVerbal(approuve, false).contenu()).replaceAll("\\s+", " ");

        assertThat(texte).contains("séance n° " + c.precedente().numero(), "est approuvé avec les modifications "
                + "suivantes : Point 2 : date corrigée.").doesNotContain("soumis à l'approbation");
    }

    @Test
    void one_letter_per_outcome_is_pdf_a_with_its_wording_and_no_medical_opinion() throws Exception {
        for (IssueDecision issue : IssueDecision.decisions()) {
            ContenuDemo.Lettre cas = ContenuDemo.lettre(issue);
            DossierSeance.Point point = cas.point();

            DocumentPdf lettre = generateur.notification(cas.contenu(), point, cas.decision(), Destinataire.ASSURE);
            garder("lettre-" + issue.name().toLowerCase() + ".pdf", lettre.contenu());

            assertThat(ValidationPdfA.reglesEnfreintes(lettre.contenu())).as(issue.name()).isEmpty();
            String texte = texte(lettre.contenu());
            assertThat(texte).as(issue.name()).contains("Objet : demande d'autorisation d",
                    point.assure().nom().toUpperCase(), "Nevers, le 23 novembre 2026", "Protection de vos données")
                    .doesNotContain("Signé électroniquement", point.assure().nir().valeur(), "Avis du service médical :");
            assertThat(texte).as(issue.name()).contains(switch (issue) {
                case ACCORD, ACCORD_SOUS_RESERVE -> "La cellule a donné son accord";
                case REFUS -> "commission de recours amiable";
                case AJOURNEMENT -> "Éléments à transmettre";
                case SANS_OBJET -> "devenue sans objet";
                case SUIVIE -> throw new AssertionError("une mesure suivie n'a pas de courrier");
            });
            assertThat(lettre.emplacements()).singleElement().extracting(e -> e.signataire())
                    .isEqualTo(contenu.cellule().signataire());
            // the data-protection notice: controller, legal basis, purpose, recipients, retention, rights, officer, CNIL
            assertThat(texte.replaceAll("\\s+", " ")).as(issue.name()).contains("responsable du traitement",
                    "(article 6.1.e du RGPD", "prévention de la désinsertion professionnelle",
                    "communiquées aux seuls membres de la cellule", "ans après la clôture", "les faire rectifier",
                    "délégué à la protection des données", "CNIL");
        }
    }

    @Test
    void the_letter_is_signed_by_the_signatory_typed_with_the_delegation_line_in_the_chosen_town() throws Exception {
        ContenuDemo.Lettre cas = ContenuDemo.lettre(IssueDecision.ACCORD);
        ContenuSeance c = cas.contenu();
        fr.cellulepdp.model.cellule.Cellule cellule = c.cellule().avecIdentite(new fr.cellulepdp.model.cellule.FicheCellule(
                "Cellule locale PDP 21", "CPAM de la Côte-d'Or", new fr.cellulepdp.model.commun.Adresse(
                        "8 rue de l'Essai", "CS 12345", "21000", "Dijon"), "03 80 00 00 00", "pdp21@exemple.fr",
                "Beaune", "Claire", "Exemple", "Directrice adjointe", "Pour le directeur et par délégation"));
        ContenuSeance saisie = new ContenuSeance(cellule, c.dossier(), c.precedente(), c.prochaine(), c.dateEdition(),
                c.modelesCourrier(), null);

        DocumentPdf lettre = generateur.notification(saisie, cas.point(), cas.decision(), Destinataire.ASSURE);
        String texte = texte(lettre.contenu());

        assertThat(texte).contains("Cellule locale PDP 21", "CPAM de la Côte-d'Or", "21000 Dijon",
                "Beaune, le 23 novembre 2026", "Pour le directeur et par délégation", "03 80 00 00 00",
                "pdp21@exemple.fr").doesNotContain("Nevers");
        // the frame, below the delegation line, waits for the signatory typed
        assertThat(lettre.emplacements()).singleElement().extracting(e -> e.signataire()).isEqualTo("Claire Exemple");
        try (PDDocument document = Loader.loadPDF(lettre.contenu())) {
            var champ = document.getSignatureFields().get(0);
            String attente = new String(champ.getWidgets().get(0).getNormalAppearanceStream().getContentStream()
                    .toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(champ.getAlternateFieldName()).isEqualTo("Claire Exemple");
            assertThat(attente).as("an appearance drawn with text").contains("Tj");
        }
    }

    @Test
    void the_letter_follows_the_wording_the_cell_set_for_the_outcome() throws Exception {
        ContenuDemo.Lettre cas = ContenuDemo.lettre(IssueDecision.REFUS);
        ContenuSeance c = cas.contenu();
        ContenuSeance personnalise = new ContenuSeance(c.cellule(), c.dossier(), c.precedente(), c.prochaine(),
                c.dateEdition(), java.util.Map.of(IssueDecision.REFUS, "Après examen le {{seance.date}}, la demande "
                        + "de {{mesure.libelle}} est refusée.\nRaisons retenues : {{decision.motifs}}"), null);

        String texte = texte(generateur.notification(personnalise, cas.point(), cas.decision(), Destinataire.ASSURE)
                .contenu());

        assertThat(texte).contains("Après examen le ", "est refusée.", "Raisons retenues : ",
                "commission de recours amiable").doesNotContain("n'a pas pu donner une suite favorable");
    }

    @Test
    void a_copy_to_the_employer_or_the_occupational_doctor_tells_the_outcome_without_reasons() throws Exception {
        ContenuDemo.Lettre refus = ContenuDemo.lettre(IssueDecision.REFUS);
        for (Destinataire destinataire : List.of(Destinataire.EMPLOYEUR, Destinataire.MEDECIN_TRAVAIL)) {
            DocumentPdf copie = generateur.notification(refus.contenu(), refus.point(), refus.decision(), destinataire);
            garder("copie-refus-" + destinataire.name().toLowerCase() + ".pdf", copie.contenu());

            assertThat(ValidationPdfA.reglesEnfreintes(copie.contenu())).isEmpty();
            assertThat(texte(copie.contenu())).contains("Objet : décision de la cellule PDP concernant",
                    "Avec l'accord de", "La demande n'a pas été retenue.", "Protection des données")
                    .doesNotContain(refus.decision().motifs(), "Motifs", "service médical",
                            refus.point().assure().nir().valeur());
        }
    }

    @Test
    void a_refusal_and_an_accord_sous_reserve_give_the_appeal_body_s_address_and_the_notice_the_officer_s()
            throws Exception {
        List<fr.cellulepdp.model.annuaire.Organisation> annuaire = List.of(
                new fr.cellulepdp.model.annuaire.Organisation(java.util.UUID.randomUUID(), 1,
                        fr.cellulepdp.model.annuaire.TypeOrganisation.RECOURS, "Commission de recours amiable",
                        new fr.cellulepdp.model.commun.Adresse("1 rue de l'Exemple", "CS 00001", "58000", "Nevers"),
                        "", "", true),
                new fr.cellulepdp.model.annuaire.Organisation(java.util.UUID.randomUUID(), 1,
                        fr.cellulepdp.model.annuaire.TypeOrganisation.PROTECTION_DONNEES, "DPO de la CPAM",
                        null, "dpo@exemple.fr", "", true));
        for (IssueDecision issue : List.of(IssueDecision.REFUS, IssueDecision.ACCORD_SOUS_RESERVE,
                IssueDecision.ACCORD)) {
            ContenuDemo.Lettre cas = ContenuDemo.lettre(issue);
            ContenuSeance c = cas.contenu();
            ContenuSeance avecAnnuaire = new ContenuSeance(c.cellule(), c.dossier(), c.precedente(), c.prochaine(),
                    c.dateEdition(), c.modelesCourrier(), null, annuaire);

            String texte = texte(generateur.notification(avecAnnuaire, cas.point(), cas.decision(),
                    Destinataire.ASSURE).contenu()).replaceAll("\\s+", " ");

            assertThat(texte).as(issue.name()).contains("délégué à la protection des données de votre caisse (DPO de "
                    + "la CPAM, dpo@exemple.fr)");
            if (issue == IssueDecision.ACCORD) {
                assertThat(texte).doesNotContain("commission de recours amiable");
            } else {
                assertThat(texte).as(issue.name()).contains("commission de recours amiable de votre caisse primaire "
                        + "d'assurance maladie (Commission de recours amiable, 1 rue de l'Exemple, CS 00001, 58000 "
                        + "Nevers) dans " + (issue == IssueDecision.REFUS ? "le même délai" : "un délai de deux mois"));
            }
        }
    }

    @Test
    void the_occupational_doctor_s_copy_goes_to_the_service_the_file_names() throws Exception {
        ContenuDemo.Lettre cas = ContenuDemo.lettre(IssueDecision.ACCORD);
        fr.cellulepdp.model.situation.Situation s = cas.point().situation();
        fr.cellulepdp.model.situation.Situation avecService = new fr.cellulepdp.model.situation.Situation(s.id(),
                s.version(), s.numeroDossier(), s.assureId(), s.referentSocialId(), s.dateSignalement(), s.origine(),
                s.risque(), s.debutArret(), s.finArretPrevue(), new fr.cellulepdp.model.situation.Consentement(
                        java.time.LocalDate.of(2026, 1, 5), java.util.Set.of(
                                fr.cellulepdp.model.cellule.Partenaire.SERVICE_PREVENTION_SANTE_TRAVAIL), null),
                s.urgent(), s.complexe(), s.notesSociales(), s.avisMedical(), s.statut(), s.issue(), s.dateCloture(),
                "SPSTI Val de Loire (fictif)");
        DossierSeance.Point point = new DossierSeance.Point(cas.point().point(), avecService, cas.point().assure(),
                cas.point().demandes(), cas.point().historique());
        ContenuSeance c = cas.contenu();
        ContenuSeance avecAnnuaire = new ContenuSeance(c.cellule(), c.dossier(), c.precedente(), c.prochaine(),
                c.dateEdition(), c.modelesCourrier(), null, List.of(new fr.cellulepdp.model.annuaire.Organisation(
                        java.util.UUID.randomUUID(), 1, fr.cellulepdp.model.annuaire.TypeOrganisation.SANTE_TRAVAIL,
                        "SPSTI Val de Loire (fictif)", new fr.cellulepdp.model.commun.Adresse("9 quai de l'Essai", "",
                        "58200", "Cosne-Cours-sur-Loire"), "", "", true)));

        String copie = texte(generateur.notification(avecAnnuaire, point, cas.decision(),
                Destinataire.MEDECIN_TRAVAIL).contenu());
        String personne = texte(generateur.notification(avecAnnuaire, point, cas.decision(), Destinataire.ASSURE)
                .contenu()).replaceAll("\\s+", " ");

        assertThat(copie).contains("SPSTI Val de Loire (fictif)", "9 quai de l'Essai", "58200 Cosne-Cours-sur-Loire");
        assertThat(copie.replaceAll("\\s+", " ")).as("a notice written for the professional")
                .contains("ce courrier vous est adressé avec l'accord de la personne concernée")
                .doesNotContain("Vous pouvez y accéder");
        assertThat(personne).as("the person knows who gets a copy").contains("Copie : SPSTI Val de Loire (fictif)");
    }

    /** A synthetic logo: a blue disc on a transparent background (PNG with alpha). */
    static byte[] logo() throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(240, 120,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D dessin = image.createGraphics();
        dessin.setColor(new java.awt.Color(11, 61, 145));
        dessin.fillOval(10, 10, 100, 100);
        dessin.dispose();
        java.io.ByteArrayOutputStream sortie = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", sortie);
        return sortie.toByteArray();
    }

    @Test
    void the_letterhead_carries_the_cell_logo_and_stays_pdf_a() throws Exception {
        ContenuDemo.Lettre cas = ContenuDemo.lettre(IssueDecision.ACCORD);
        ContenuSeance c = cas.contenu();
        ContenuSeance avecLogo = new ContenuSeance(c.cellule(), c.dossier(), c.precedente(), c.prochaine(),
                c.dateEdition(), c.modelesCourrier(), logo());

        DocumentPdf lettre = generateur.notification(avecLogo, cas.point(), cas.decision(), Destinataire.ASSURE);
        garder("lettre-avec-logo.pdf", lettre.contenu());

        assertThat(ValidationPdfA.reglesEnfreintes(lettre.contenu())).isEmpty();
        try (PDDocument document = Loader.loadPDF(lettre.contenu())) {
            assertThat(document.getPage(0).getResources().getXObjectNames()).isNotEmpty();
        }
        DocumentPdf sansLogoLisible = generateur.ordreDuJour(new ContenuSeance(c.cellule(), c.dossier(), null, null,
                c.dateEdition(), null, "pas une image".getBytes(java.nio.charset.StandardCharsets.UTF_8)), false);
        assertThat(ValidationPdfA.reglesEnfreintes(sansLogoLisible.contenu())).isEmpty();
    }
}
