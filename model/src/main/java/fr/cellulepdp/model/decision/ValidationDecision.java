package fr.cellulepdp.model.decision;

import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.demande.VerificationMesure;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks a decision before it is recorded and names every problem in French: a refusal needs its reasons, an
 * adjournment what is missing and by when, an accord that breaks a measure rule a derogation reason (DESIGN.md §4).
 */
public final class ValidationDecision {

    public static final String ISSUE = "issue";
    public static final String MOTIFS = "motifs";
    public static final String CONDITIONS = "conditions";
    public static final String ELEMENTS = "éléments manquants";
    public static final String DATE_LIMITE = "date limite";
    public static final String DATES = "dates accordées";
    public static final String DEROGATION = "dérogation";
    public static final String SUIVIS = "suivis";

    private ValidationDecision() {
    }

    /**
     * @param reglesEnfreintes the measure rules the request breaks, as granted (empty when it respects them)
     * @param aujourdhui       the day the decision is entered: an adjournment's deadline comes after it, or the
     *                         letter would ask for documents by a day already gone
     */
    public static List<Probleme> verifier(SaisieDecision saisie, List<Probleme> reglesEnfreintes,
                                          java.time.LocalDate aujourdhui) {
        List<Probleme> problemes = new ArrayList<>();
        if (saisie.issue() == null) {
            problemes.add(new Probleme(ISSUE, "choisissez l'issue de la décision."));
            return problemes;
        }
        switch (saisie.issue()) {
            case REFUS -> {
                if (saisie.motifs().isEmpty()) {
                    problemes.add(new Probleme(MOTIFS, "un refus doit être motivé."));
                }
            }
            case AJOURNEMENT -> {
                if (saisie.elementsManquants().isEmpty()) {
                    problemes.add(new Probleme(ELEMENTS, "un ajournement doit dire ce qui manque pour décider."));
                }
                if (saisie.dateLimiteElements() == null) {
                    problemes.add(new Probleme(DATE_LIMITE, "un ajournement doit fixer la date limite des éléments."));
                } else if (!saisie.dateLimiteElements().isAfter(aujourdhui)) {
                    problemes.add(new Probleme(DATE_LIMITE, "la date limite des éléments est passée : choisissez "
                            + "une date à venir (la personne la lira dans son courrier)."));
                }
            }
            case ACCORD_SOUS_RESERVE -> {
                if (saisie.conditions().isEmpty()) {
                    problemes.add(new Probleme(CONDITIONS, "un accord sous réserve doit énoncer ses conditions."));
                }
            }
            default -> {
            }
        }
        List<Probleme> inEligibilite = reglesEnfreintes.stream()
                .filter(p -> p.champ().equals(VerificationMesure.ELIGIBILITE)).toList();
        if (saisie.estAccord() && !inEligibilite.isEmpty()) {
            // the law reserves the measure: no derogation can open it to somebody else (decision 0030)
            problemes.add(new Probleme(VerificationMesure.ELIGIBILITE, "la personne ne remplit pas les conditions "
                    + "de la mesure (" + inEligibilite.stream().map(Probleme::message).collect(Collectors.joining(" ; "))
                    + ") : aucune dérogation ne permet de l'accorder ; complétez la fiche de la personne si elle "
                    + "remplit ces conditions, sinon refusez la demande."));
        } else if (saisie.estAccord() && !reglesEnfreintes.isEmpty() && saisie.derogation().isEmpty()) {
            problemes.add(new Probleme(DEROGATION, "l'accord enfreint une règle de la mesure ("
                    + reglesEnfreintes.stream().map(Probleme::message).collect(Collectors.joining(" ; "))
                    + ") : indiquez le motif de la dérogation."));
        }
        if (saisie.dateDebutAccordee() != null && saisie.dateFinAccordee() != null
                && saisie.dateFinAccordee().isBefore(saisie.dateDebutAccordee())) {
            problemes.add(new Probleme(DATES, "la fin accordée précède le début accordé."));
        }
        if (saisie.suivisPrevus().stream().anyMatch(s -> s.action().isEmpty() || s.echeance() == null)) {
            problemes.add(new Probleme(SUIVIS, "chaque suivi doit dire quelle action mener et pour quand."));
        }
        return problemes;
    }
}
