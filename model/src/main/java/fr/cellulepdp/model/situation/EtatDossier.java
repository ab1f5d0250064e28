package fr.cellulepdp.model.situation;

import fr.cellulepdp.model.commun.Probleme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The life-cycle part of the form, shown only when a file is edited: status, closing outcome and date, and the
 * withdrawal of consent.
 */
public record EtatDossier(StatutSituation statut, IssueSituation issue, LocalDate dateCloture,
                          LocalDate retraitConsentement) {

    public static final String STATUT = "statut du dossier";
    public static final String ISSUE = "issue";
    public static final String CLOTURE = "date de clôture";
    public static final String RETRAIT = "retrait du consentement";

    public EtatDossier {
        statut = statut == null ? StatutSituation.OUVERTE : statut;
    }

    public static EtatDossier de(Situation situation) {
        return new EtatDossier(situation.statut(), situation.issue(), situation.dateCloture(),
                situation.consentement().dateRetrait());
    }

    public boolean cloture() {
        return statut == StatutSituation.CLOTUREE;
    }

    /** Every problem of these fields, with the form's dates (signalement, consent) they depend on. */
    public List<Probleme> verifier(FicheSituation fiche, LocalDate aujourdhui) {
        List<Probleme> problemes = new ArrayList<>();
        if (cloture() && issue == null) {
            problemes.add(new Probleme(ISSUE, "un dossier clôturé doit indiquer son issue."));
        }
        if (cloture() && dateCloture == null) {
            problemes.add(new Probleme(CLOTURE, "un dossier clôturé doit indiquer sa date de clôture."));
        } else if (cloture() && dateCloture.isAfter(aujourdhui)) {
            problemes.add(new Probleme(CLOTURE, "la date de clôture est dans le futur."));
        } else if (cloture() && fiche.dateSignalement() != null && dateCloture.isBefore(fiche.dateSignalement())) {
            problemes.add(new Probleme(CLOTURE, "la date de clôture précède la date de signalement."));
        }
        if (retraitConsentement != null && fiche.dateConsentement() == null) {
            problemes.add(new Probleme(RETRAIT, "un retrait suppose un consentement recueilli : indiquez sa date."));
        } else if (retraitConsentement != null && retraitConsentement.isBefore(fiche.dateConsentement())) {
            problemes.add(new Probleme(RETRAIT, "le retrait du consentement précède son recueil."));
        } else if (retraitConsentement != null && retraitConsentement.isAfter(aujourdhui)) {
            problemes.add(new Probleme(RETRAIT, "la date de retrait du consentement est dans le futur."));
        }
        return problemes;
    }

    /** The problem of one field, or null: what the form shows beside it. */
    public String probleme(FicheSituation fiche, LocalDate aujourdhui, String champ) {
        return verifier(fiche, aujourdhui).stream().filter(p -> p.champ().equals(champ)).map(Probleme::message)
                .findFirst().orElse(null);
    }
}
