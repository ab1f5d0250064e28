package fr.cellulepdp.app.document;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.document.DocumentProduit;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.reports.typographie.TypographieFrancaise;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every closed meeting of the demo cell, its letters read back: none for a measure the cell only follows, French
 * elided, dated no earlier than the meeting, no deadline before the letter's own date, every refusal and
 * accord sous réserve with the appeal body's address, and no adjournment asking for a host company's agreement for a
 * measure that has none.
 */
class CourriersDemoTest {

    private static final Pattern DATE = Pattern.compile("(1er|\\d{1,2}) (\\p{L}+) (\\d{4})");
    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH);

    @TempDir
    Path dossier;

    @Test
    void every_demo_meeting_gives_letters_a_reader_and_a_lawyer_trust() throws IOException {
        List<String> fautes = new ArrayList<>();
        int ajournementsSansEntreprise = 0;
        try (Services services = Services.ouvrir(dossier.resolve("cellule"),
                () -> Instant.parse("2026-11-23T10:00:00Z"))) {
            services.miseEnPlace().chargerDonneesDemo().executer(services.horloge().aujourdhui());
            var stockage = services.stockage();
            List<Seance> closes = stockage.seances().findAll().stream().filter(Seance::estCloturee).toList();
            assertThat(closes).hasSizeGreaterThan(3);
            for (Seance seance : closes) {
                List<DocumentProduit> documents = services.documents().genererDocuments().apercu(seance.id());
                List<Decision> decisions = stockage.decisions().findBySeance(seance.id());
                for (Decision d : decisions) {
                    Demande demande = stockage.demandes().get(d.demandeId());
                    Situation situation = stockage.situations().get(demande.situationId());
                    // the letters of this request: « courriers/<dossier>-<mesure>-<issue>[-copie-…].pdf »
                    String prefixe = "courriers/" + situation.numeroDossier() + "-" + slug(demande.libelleMesure())
                            + "-";
                    List<String> lettres = new ArrayList<>();
                    for (DocumentProduit document : documents) {
                        if (document.nomFichier().startsWith(prefixe)) {
                            lettres.add(texte(document.contenu()));
                        }
                    }
                    String ou = "séance n° " + seance.numero() + ", " + situation.numeroDossier() + " ("
                            + d.issue().libelle() + ")";
                    if (d.issue() == IssueDecision.SUIVIE) {
                        if (!lettres.isEmpty()) {
                            fautes.add(ou + " : courrier pour une mesure suivie");
                        }
                        continue;
                    }
                    if (lettres.isEmpty()) {
                        fautes.add(ou + " : pas de courrier");
                    }
                    for (String lettre : lettres) {
                        fautes.addAll(fautes(ou, lettre, seance.date(), d.issue()));
                    }
                    // an étude de poste, a training, a bilan have no host company whose agreement could be missing
                    if (d.issue() == IssueDecision.AJOURNEMENT && !demande.mesure().avecEntrepriseAccueil()) {
                        ajournementsSansEntreprise++;
                        if (lettres.stream().anyMatch(l -> l.contains("entreprise d’accueil"))) {
                            fautes.add(ou + " : ajournement demandant l’accord d’une entreprise d’accueil pour une "
                                    + demande.libelleMesure());
                        }
                    }
                }
            }
        }
        assertThat(fautes).isEmpty();
        assertThat(ajournementsSansEntreprise).as("ajournements d'une mesure sans entreprise d'accueil").isPositive();
    }

    private static List<String> fautes(String ou, String lettre, LocalDate dateSeance, IssueDecision issue) {
        List<String> fautes = new ArrayList<>();
        if (!TypographieFrancaise.elisions(lettre).equals(lettre)) {
            fautes.add(ou + " : « de » devant une voyelle");
        }
        Matcher datee = Pattern.compile(", le " + DATE.pattern()).matcher(lettre);
        LocalDate dateLettre = datee.find() ? jour(datee) : null;
        if (dateLettre == null || dateLettre.isBefore(dateSeance)) {
            fautes.add(ou + " : courrier daté " + dateLettre + ", avant la séance du " + dateSeance);
        }
        Matcher avant = Pattern.compile("avant le " + DATE.pattern()).matcher(lettre);
        while (avant.find() && dateLettre != null) {
            if (jour(avant).isBefore(dateLettre)) {
                fautes.add(ou + " : échéance du " + jour(avant) + " avant la date du courrier");
            }
        }
        if ((issue == IssueDecision.REFUS || issue == IssueDecision.ACCORD_SOUS_RESERVE)
                && !lettre.contains("commission de recours amiable") && !lettre.contains("Avec l’accord de")) {
            fautes.add(ou + " : sans voie de recours");
        }
        if ((issue == IssueDecision.REFUS || issue == IssueDecision.ACCORD_SOUS_RESERVE)
                && lettre.contains("commission de recours amiable") && !lettre.contains("58000 Nevers)")) {
            fautes.add(ou + " : voie de recours sans adresse");
        }
        // the demo refuses on the medical service's unfavourable opinion: the medical route first, with its address
        if (issue == IssueDecision.REFUS && !lettre.contains("Avec l’accord de")
                && !lettre.contains("commission médicale de recours amiable (Commission médicale")) {
            fautes.add(ou + " : refus sur avis médical sans la commission médicale de recours amiable");
        }
        if (issue == IssueDecision.AJOURNEMENT && !lettre.contains("Avec l’accord de")
                && !lettre.contains("il ne peut pas faire l’objet d’un recours")) {
            fautes.add(ou + " : ajournement sans dire qu’il ne peut pas faire l’objet d’un recours");
        }
        return fautes;
    }

    private static String slug(String texte) {
        return fr.cellulepdp.model.commun.Textes.pourRecherche(texte).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
    }

    private static LocalDate jour(Matcher m) {
        return LocalDate.parse(m.group(1).replace("1er", "1") + " " + m.group(2) + " " + m.group(3), JOUR);
    }

    private static String texte(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[\\s\\u00a0\\u202f]+", " ");
        }
    }
}
