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
import java.util.Optional;
import java.util.UUID;

/**
 * Use case: the decision on one request of an open meeting's agenda. Each decision is saved, in its own transaction,
 * the moment it is entered (a crash loses nothing entered); while the meeting is open a decision entered again
 * replaces the previous one, provided it is the one the client read: when another client entered or changed the
 * decision on that request in the meantime, the save is refused with a {@link ConflitDeModificationException} and
 * nothing is overwritten. Closing the meeting ({@code seance/TenirSeance}) locks the decisions; a decision of a closed
 * meeting is corrected only by a rectificatif ({@link RectifierDecision}).
 */
public final class DeciderEnSeance {

    private final StockageDecisions stockage;
    private final Horloge horloge;
    private final SeancesPourDecider seances;
    private final UtilisateurCourant utilisateurCourant;

    public DeciderEnSeance(StockageDecisions stockage, Horloge horloge, SeancesPourDecider seances,
            UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.horloge = horloge;
        this.seances = seances;
        this.utilisateurCourant = utilisateurCourant;
    }

    /** Every problem the decision panel has now, as the user types: the same checks as {@link #decider}. */
    public List<Probleme> verifier(SaisieDecision saisie) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        return new ControleDecision(stockage, horloge, () -> acteur).verifier(saisie);
    }

    /**
     * Records the decision on one request of the meeting's agenda, replacing the one stored now whoever entered it
     * (the command line and the tests; the window uses {@link #decider(Utilisateur, UUID, SaisieDecision, long)}).
     */
    public Decision decider(UUID seanceId, SaisieDecision saisie) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        return stockage.transactions().inTransaction(() -> {
            stockage.transactions().verrouiller(verrou(saisie.demandeId()));
            return decider(seanceId, saisie,
                    precedente(seanceId, saisie.demandeId()).map(Decision::version).orElse(0L));
        });
    }

    /**
     * Records the decision on one request of the meeting's agenda, committed at once.
     *
     * @param versionLue the version of the meeting's decision on this request as the client last read it, 0 when it
     *                   saw none
     * @throws SaisieInvalideException        when the meeting is not open, has no quorum, or the decision is
     *                                        incomplete
     * @throws ConflitDeModificationException when the decision stored now is not the one read (another client
     *                                        entered or changed it): nothing is written
     */
    public Decision decider(UUID seanceId, SaisieDecision saisie, long versionLue) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.interne(acteur, "décision");
        return stockage.transactions().inTransaction(() -> {
            // two clients deciding on the same request take turns: the second sees the first one's decision
            stockage.transactions().verrouiller(verrou(saisie.demandeId()));
            SeancesPourDecider.EtatPourDecider seance = seances.etat(seanceId, saisie.demandeId());
            List<Probleme> problemes = new ArrayList<>();
            if (!seance.ouverte()) {
                problemes.add(new Probleme("séance", "ouvrez la séance avant d'enregistrer des décisions."));
            } else if (!seance.quorumSuffisant()) {
                problemes.add(new Probleme("quorum", "le quorum n'est pas atteint (il manque "
                        + String.join(", ", seance.manquants())
                        + ") : complétez les présences ou décidez de siéger sans quorum, avec un motif."));
            }
            if (seance.place() == SeancesPourDecider.Place.ABSENTE) {
                problemes.add(new Probleme("demande", "cette demande n'est pas à l'ordre du jour de la séance."));
            } else if (seance.place() == SeancesPourDecider.Place.A_RATIFIER) {
                problemes.add(new Probleme("demande", "cette demande a été décidée en urgence : la séance en prend "
                        + "acte ; pour changer la décision, faites un rectificatif."));
            }
            problemes.addAll(verifier(saisie));
            if (!problemes.isEmpty()) {
                throw new SaisieInvalideException(problemes);
            }
            Optional<Decision> precedente = precedente(seanceId, saisie.demandeId());
            if (precedente.map(Decision::version).orElse(0L) != versionLue) {
                throw new ConflitDeModificationException("Décision", precedente.map(Decision::id).orElse(null));
            }
            Decision enregistree = stockage.decisions().save(saisie.versDecision(
                    precedente.map(Decision::id).orElseGet(UUID::randomUUID), precedente.map(Decision::version)
                            .orElse(0L), seanceId, null, horloge.maintenant(), acteur.membreId(), null));
            new Audit(stockage, horloge).noter(acteur, precedente.isPresent() ? "DECISION_REMPLACEE" : "DECISION",
                    "Decision", enregistree.id(), "séance n° " + seance.numero() + " : "
                            + enregistree.issue().libelle()
                            + (precedente.map(p -> " (remplace " + p.issue().libelle() + ")").orElse("")));
            return enregistree;
        });
    }

    private Optional<Decision> precedente(UUID seanceId, UUID demandeId) {
        return stockage.decisions().findBySeance(seanceId).stream()
                .filter(d -> d.demandeId().equals(demandeId) && !d.estRectificatif()).findFirst();
    }

    /** The lock taken while a decision on a request is entered or corrected. */
    static String verrou(UUID demandeId) {
        return "décision sur la demande " + demandeId;
    }
}
