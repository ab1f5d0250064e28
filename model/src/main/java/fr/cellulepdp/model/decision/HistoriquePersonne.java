package fr.cellulepdp.model.decision;

import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.situation.LireDossier;
import fr.cellulepdp.model.situation.Situation;
import java.util.Comparator;
import java.util.List;

/**
 * Use case: everything the cell did for one person: every file, every request, the decisions on each. In
 * {@code decision}, which reads requests and situations, so that {@code situation} reads neither (decision 0043).
 */
public final class HistoriquePersonne {

    private final StockageDecisions stockage;

    private final fr.cellulepdp.model.commun.Horloge horloge;
    private final UtilisateurCourant utilisateurCourant;

    /** Reading only (the meeting view shows the earlier decisions as part of the meeting). */
    public HistoriquePersonne(StockageDecisions stockage, UtilisateurCourant utilisateurCourant) {
        this(stockage, null, utilisateurCourant);
    }

    /** Reading and opening a file, which the audit trail records. */
    public HistoriquePersonne(StockageDecisions stockage, fr.cellulepdp.model.commun.Horloge horloge,
            UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.horloge = horloge;
        this.utilisateurCourant = utilisateurCourant;
    }

    /** A member opens the file of {@code situation}: the trail records it, then the person's history is read. */
    public List<Ligne> consulter(Situation situation) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        java.util.Objects.requireNonNull(horloge, "horloge");
        LireDossier.refuserPartenaire(acteur);
        new fr.cellulepdp.model.audit.Audit(stockage, horloge).noter(acteur, "CONSULTATION", "Situation",
                situation.id(), situation.numeroDossier());
        return historique(situation.assureId());
    }

    /** One request of the person, with its file number and the decisions taken on it, oldest first. */
    public record Ligne(String numeroDossier, Demande demande, List<Decision> decisions) {
    }

    /** Every request of the person; refused to a partner, who never reads an identified file. */
    public List<Ligne> historique(java.util.UUID assureId) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        LireDossier.refuserPartenaire(acteur);
        return stockage.situations().findByAssure(assureId).stream()
                .flatMap(situation -> stockage.demandes().findBySituation(situation.id()).stream()
                        .map(demande -> new Ligne(situation.numeroDossier(), demande,
                                stockage.decisions().findByDemande(demande.id()).stream()
                                        .sorted(Comparator.comparing(Decision::decideeLe)).toList())))
                .sorted(Comparator.comparing((Ligne l) -> l.demande().dateDemande()))
                .toList();
    }
}
