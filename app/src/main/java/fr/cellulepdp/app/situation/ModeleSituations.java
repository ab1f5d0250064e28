package fr.cellulepdp.app.situation;

import fr.cellulepdp.app.ui.ModeleListe;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.model.situation.ListerSituations;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.situation.CritereSituations;
import fr.cellulepdp.model.situation.ResultatRecherche;
import fr.cellulepdp.model.situation.ResumeSituation;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * View model of the Situations page: the search criteria last chosen, the page of rows they find in the database
 * (with the total), in the user's name, and the social référents the filter offers.
 */
final class ModeleSituations {

    private final ListerSituations listerSituations;
    private final UtilisateurCourant utilisateurCourant;
    private final Supplier<List<Membre>> referentsSociaux;
    private final ExecuteurTaches executeur;
    private final Consumer<Exception> erreur;
    private final ModeleListe<ResumeSituation> liste;
    /** Taken on the JavaFX thread, read by the background reading. */
    private volatile CritereSituations critere = CritereSituations.tout();
    /** Whether the last reading found more files than its page (then its total is « more than »). */
    private volatile boolean auMoins;

    ModeleSituations(ListerSituations listerSituations, UtilisateurCourant utilisateurCourant,
            Supplier<List<Membre>> referentsSociaux, ExecuteurTaches executeur, Consumer<Exception> erreur) {
        this.listerSituations = listerSituations;
        this.utilisateurCourant = utilisateurCourant;
        this.referentsSociaux = referentsSociaux;
        this.executeur = executeur;
        this.erreur = erreur;
        this.liste = new ModeleListe<>(executeur, () -> {
            ResultatRecherche resultat = listerSituations.rechercher(utilisateurCourant.utilisateur(), critere);
            auMoins = resultat.auMoins();
            return new ModeleListe.Lignes<>(resultat.lignes(), resultat.total());
        }, total -> PageSituations.compte(total, auMoins), erreur);
    }

    ModeleListe<ResumeSituation> liste() {
        return liste;
    }

    /** The criteria for the next reading (the view reads them from its filters). */
    void critere(CritereSituations choisi) {
        critere = choisi;
    }

    /** Searches with these criteria. */
    void chercher(CritereSituations choisi) {
        critere(choisi);
        liste.actualiser();
    }

    /** The active social référents, for the filter. */
    void lireReferents(Consumer<List<Membre>> recevoir) {
        executeur.executer(referentsSociaux::get, recevoir, erreur);
    }
}
