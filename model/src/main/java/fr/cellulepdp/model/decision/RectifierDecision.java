package fr.cellulepdp.model.decision;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.ConflitDeModificationException;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Use case: corrects a decision of a closed meeting (or an urgent one) with a rectificatif, a new decision pointing
 * to the one it corrects; both stay. The request follows the correction, and its follow-ups are created at once.
 */
public final class RectifierDecision {

    private final StockageDecisions stockage;
    private final Horloge horloge;
    private final SeancesPourDecider seances;
    private final UtilisateurCourant utilisateurCourant;

    public RectifierDecision(StockageDecisions stockage, Horloge horloge, SeancesPourDecider seances,
            UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.horloge = horloge;
        this.seances = seances;
        this.utilisateurCourant = utilisateurCourant;
    }

    /**
     * @throws ConflitDeModificationException when another client corrected the decision meanwhile
     * @throws SaisieInvalideException        when the meeting is still open or the correction is incomplete
     */
    public Decision rectifier(UUID decisionId, SaisieDecision saisie) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "rectificatif", "rectifie une décision");
        return stockage.transactions().inTransaction(() -> {
            stockage.transactions().verrouiller(DeciderEnSeance.verrou(saisie.demandeId()));
            Decision corrigee = stockage.decisions().get(decisionId);
            if (stockage.decisions().findByDemande(corrigee.demandeId()).stream()
                    .anyMatch(d -> decisionId.equals(d.rectifieDecisionId()))) {
                // another client corrected it in the meantime: its rectificatif is the one to correct now
                throw new ConflitDeModificationException("Décision", decisionId);
            }
            if (corrigee.seanceId() != null && !seances.estCloturee(corrigee.seanceId())) {
                throw new SaisieInvalideException("décision", "la séance est encore ouverte : modifiez la décision "
                        + "elle-même plutôt que d'en faire un rectificatif.");
            }
            List<Probleme> problemes = new ArrayList<>(new ControleDecision(stockage, horloge, () -> acteur).verifier(
                    saisie));
            if (!saisie.demandeId().equals(corrigee.demandeId())) {
                problemes.add(new Probleme("demande", "un rectificatif porte sur la même demande que la décision "
                        + "qu'il corrige."));
            }
            if (!problemes.isEmpty()) {
                throw new SaisieInvalideException(problemes);
            }
            Decision rectificatif = stockage.decisions().save(saisie.versDecision(UUID.randomUUID(), 0,
                    corrigee.seanceId(), corrigee.id(), horloge.maintenant(), acteur.membreId(), null));
            new EffetsDecision(stockage).appliquer(rectificatif, stockage.demandes().get(saisie.demandeId()));
            new Audit(stockage, horloge).noter(acteur, "RECTIFICATIF", "Decision", rectificatif.id(),
                    "corrige la décision " + corrigee.id() + " : " + corrigee.issue().libelle() + " → "
                            + rectificatif.issue().libelle());
            return rectificatif;
        });
    }
}
