package fr.cellulepdp.model.decision;

import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.mesure.RegleMesure;
import java.util.ArrayList;
import java.util.List;

/**
 * What the catalogue says the cell may record on a measure: a measure it decides gets an accord, a refusal…; a
 * measure it only follows (a right of the person or a doctor's prescription: visite de pré-reprise, rendez-vous de
 * liaison, temps partiel thérapeutique) is recorded as followed, with its date and where it stands, and nothing
 * else: the cell neither grants nor refuses it.
 */
public final class MesureSuivie {

    private MesureSuivie() {
    }

    public static List<Probleme> verifier(SaisieDecision saisie, RegleMesure regle) {
        List<Probleme> problemes = new ArrayList<>();
        if (saisie.issue() == null) {
            return problemes;
        }
        String mesure = regle.mesure().libelle();
        if (regle.suiviSeulement() && saisie.issue() != IssueDecision.SUIVIE) {
            problemes.add(new Probleme(ValidationDecision.ISSUE, "la cellule suit la mesure « " + mesure
                    + " » sans la décider (droit de la personne ou prescription médicale) : enregistrez-la comme "
                    + "« " + IssueDecision.SUIVIE.libelle() + " », avec sa date et où elle en est, sans accord "
                    + "ni refus."));
        } else if (!regle.suiviSeulement() && saisie.issue() == IssueDecision.SUIVIE) {
            problemes.add(new Probleme(ValidationDecision.ISSUE, "la cellule décide de la mesure « " + mesure
                    + " » : choisissez accord, accord sous réserve, refus, ajournement ou sans objet."));
        } else if (saisie.issue() == IssueDecision.SUIVIE) {
            if (saisie.dateDebutAccordee() == null) {
                problemes.add(new Probleme(ValidationDecision.DATES, "indiquez la date de la mesure suivie "
                        + "(prévue ou réalisée)."));
            }
            if (saisie.motifs().isEmpty()) {
                problemes.add(new Probleme(ValidationDecision.MOTIFS, "indiquez où en est la mesure suivie "
                        + "(prévue, réalisée, son résultat)."));
            }
        }
        return problemes;
    }
}
