package fr.cellulepdp.reports.notification;

import fr.cellulepdp.reports.document.ContenuDemo;
import fr.cellulepdp.reports.document.GenerateurPdf;
import fr.cellulepdp.reports.document.GenerateurPdfTest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.mesure.TypeMesure;
import fr.cellulepdp.model.notification.Destinataire;
import fr.cellulepdp.model.seance.DossierSeance;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * French a reader trusts: every outcome's wording, filled with varied measure names (the catalogue's, and names typed
 * for « autre action », starting with a vowel, a consonant, a mute h, « le », « les »), read back from the letter to
 * the person and from a copy: elided and contracted, typographic apostrophes, no words repeated between the wording
 * and the data, no unexplained amount.
 */
class RedactionCourriersTest {

    private static final List<String> NOMS_SAISIS = List.of("étude ergonomique du poste de travail",
            "hébergement temporaire en centre de rééducation", "le bilan de poste", "les entretiens de reprise",
            "aménagement du poste");

    /** « de » before a vowel or a mute h, as a whole word (« de onze » and « de handicap » are right). */
    static final Pattern DE_VOYELLE = Pattern.compile("(?<![\\p{L}’'-])[Dd]e (?!onze)(?:[aeiouéèêàâîïôûœ]|h[éeôo])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CONTRACTION_MANQUEE = Pattern.compile("(?<!\\p{L})(?:de|à) les? (?!\\p{L}+er\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Two long words said again a few words later (« sous réserve … : Sous réserve »). */
    private static final Pattern REDITE = Pattern.compile("(?<!\\p{L})(\\p{L}{4,} \\p{L}{4,})"
            + "(?!\\p{L})[\\s\\S]{0,60}?"
            + "(?<!\\p{L})\\1(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final GenerateurPdf generateur = new GenerateurPdf();

    @Test
    void every_outcome_reads_right_whatever_the_measure_is_called() throws Exception {
        List<String> fautes = new ArrayList<>();
        for (IssueDecision issue : IssueDecision.decisions()) {
            ContenuDemo.Lettre cas = ContenuDemo.lettre(issue);
            Demande demande = cas.point().demandes().stream().filter(d -> d.id().equals(cas.decision().demandeId()))
                    .findFirst().orElseThrow();
            List<Demande> variantes = new ArrayList<>();
            for (TypeMesure mesure : List.of(TypeMesure.ESSAI_ENCADRE, TypeMesure.FORMATION, TypeMesure.AUTRE,
                    TypeMesure.CONSULTATION_MEDICO_PRO, TypeMesure.ETUDE_POSTE, TypeMesure.AMENAGEMENT_POSTE,
                    TypeMesure.PREORIENTATION_ESPO, TypeMesure.INCLUS_PRO)) {
                variantes.add(renommee(demande, mesure, ""));
            }
            NOMS_SAISIS.forEach(nom -> variantes.add(renommee(demande, TypeMesure.AUTRE, nom)));
            for (Demande variante : variantes) {
                DossierSeance.Point p = cas.point();
                DossierSeance.Point point = new DossierSeance.Point(p.point(), p.situation(), p.assure(),
                        List.of(variante), p.historique());
                // a copy's wording differs only around the measure's name: two names are enough for it
                boolean copie = variante.libelleMesure().startsWith("le") || variante.mesure() == TypeMesure.ESSAI_ENCADRE;
                for (Destinataire destinataire : copie ? List.of(Destinataire.ASSURE, Destinataire.MEDECIN_TRAVAIL)
                        : List.of(Destinataire.ASSURE)) {
                    String texte = GenerateurPdfTest.texteImprime(generateur.notification(cas.contenu(), point,
                            cas.decision(), destinataire).contenu()).replaceAll("\\s+", " ")
                            // the person's name is said in the object and again in a copy's first line, rightly
                            .replace(p.assure().prenom() + " " + p.assure().nom().toUpperCase(), "X");
                    fautes.addAll(fautes(issue + " / " + variante.libelleMesure() + " / " + destinataire, texte));
                }
            }
        }
        assertThat(fautes).isEmpty();
    }

    /** What is wrong in the text, each with where it was found and the words around it. */
    static List<String> fautes(String ou, String texte) {
        List<String> fautes = new ArrayList<>();
        // repeated words are looked for where the wording and the data meet: the body, before « Pour toute question »
        int fin = texte.indexOf("Pour toute question");
        String corps = texte.substring(0, fin < 0 ? texte.length() : fin);
        for (Pattern motif : List.of(DE_VOYELLE, CONTRACTION_MANQUEE, REDITE)) {
            Matcher m = motif.matcher(motif == REDITE ? corps : texte);
            while (m.find()) {
                fautes.add(ou + " : « " + texte.substring(Math.max(0, m.start() - 30),
                        Math.min(texte.length(), m.end() + 30)) + " »");
            }
        }
        if (texte.contains("'")) {
            fautes.add(ou + " : apostrophe droite");
        }
        if (texte.contains("montant :")) {
            fautes.add(ou + " : montant sans explication");
        }
        if (texte.matches("(?s).*pendant l.arrêt de travail pendant votre arrêt.*")) {
            fautes.add(ou + " : « pendant l’arrêt de travail » dit deux fois dans l’objet");
        }
        return fautes;
    }

    private static Demande renommee(Demande d, TypeMesure mesure, String libelleAutre) {
        return new Demande(d.id(), d.version(), d.situationId(), mesure, libelleAutre, d.dateDemande(),
                d.entrepriseAccueil(), d.tuteur(), d.prescripteur(), d.dateDebut(), d.dateFin(), d.duree(),
                d.renouvellement(), d.cout(), d.financement(), d.avisTechnique(), d.accordsObtenus(), d.statut());
    }
}
