package fr.cellulepdp.app.seance;

import fr.cellulepdp.app.ui.ModeleListe;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.seance.ListerSeances;
import fr.cellulepdp.model.seance.PreparerSeance;
import fr.cellulepdp.model.seance.ResumeSeance;
import fr.cellulepdp.model.seance.Seance;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * View model of the Séances page: the meetings, the most recent first; « Planifier une séance… » for the
 * coordinatrice only (the active members offered to convoke), the list read again once one is planned; a meeting's
 * window only for the internal members (a partner receives the agenda and the minutes' extract by e-mail).
 */
public final class ModeleSeances {

    private final PreparerSeance preparer;
    private final Callable<List<Membre>> membres;
    private final UtilisateurCourant utilisateur;
    private final ExecuteurTaches executeur;
    private final Consumer<Exception> erreur;
    private final ModeleListe<ResumeSeance> liste;

    /**
     * @param membres reads the cell's members (the active ones are convoked by default)
     */
    public ModeleSeances(ListerSeances seances, PreparerSeance preparer, Callable<List<Membre>> membres,
                         UtilisateurCourant utilisateur, ExecuteurTaches executeur, Consumer<Exception> erreur) {
        this.preparer = preparer;
        this.membres = membres;
        this.utilisateur = utilisateur;
        this.executeur = executeur;
        this.erreur = erreur;
        this.liste = ModeleListe.complet(executeur, () -> seances.lister(),
                n -> ModeleListe.pluriel(n, "séance", "séances", "aucune séance"), erreur);
    }

    public void actualiser() {
        liste.actualiser();
    }

    /** Whether « Planifier une séance… » is offered: the coordinatrice plans the meetings. */
    public boolean planifiable() {
        return utilisateur.utilisateur().role() == Role.COORDINATRICE;
    }

    /** Whether a meeting opens in its window: partners have none. */
    public boolean fenetreOuverte() {
        return utilisateur.utilisateur().role().estInterne();
    }

    /**
     * « Planifier une séance… »: {@code dialogue} is given the planning's model and returns the meeting planned, if
     * any; the list is then read again and {@code ouvrir} receives the new meeting.
     */
    public void planifier(Function<ModelePlanification, Optional<Seance>> dialogue, Consumer<UUID> ouvrir) {
        if (!planifiable()) {
            return;
        }
        executeur.executer(() -> membres.call().stream().filter(Membre::actif).toList(),
                actifs -> dialogue.apply(new ModelePlanification(preparer, executeur, actifs))
                        .ifPresent(seance -> {
                            actualiser();
                            ouvrir.accept(seance.id());
                        }), erreur);
    }

    /**
     * Where the meeting's letters stand, as the list's « Courriers » column says it: never empty. Before the closing
     * there is none yet; a closed meeting without decision has none to send; a closed meeting with decisions and no
     * letter has them still to be produced (« Générer les documents… »); then how many are left to send or post.
     */
    public static String courriers(ResumeSeance seance) {
        if (!seance.courriers().isBlank()) {
            return seance.courriers();
        }
        return switch (seance.statut()) {
            case PLANIFIEE, OUVERTE -> "après la clôture";
            case ANNULEE -> "aucun (séance annulée)";
            case CLOTUREE -> seance.decisions() == 0 ? "aucun (aucune décision)" : "aucun courrier produit";
        };
    }

    public ModeleListe<ResumeSeance> liste() {
        return liste;
    }
}
