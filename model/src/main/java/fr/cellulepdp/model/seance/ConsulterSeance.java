package fr.cellulepdp.model.seance;

import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.GererMotifsTypes;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.AvisMedicalSituation;
import fr.cellulepdp.model.decision.HistoriquePersonne;
import fr.cellulepdp.model.situation.Situation;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Use case: reads a meeting with everything its window shows (see {@link DossierSeance}). */
public final class ConsulterSeance {

    private final StockageSeances stockage;
    private final TenirSeance tenir;

    public ConsulterSeance(StockageSeances stockage, TenirSeance tenir) {
        this.stockage = stockage;
        this.tenir = tenir;
    }

    public DossierSeance consulter(Utilisateur acteur, UUID seanceId) {
        refuserPartenaire(acteur);
        return stockage.transactions().inTransaction(() -> {
            Seance seance = stockage.seances().get(seanceId);
            HistoriquePersonne historique = new HistoriquePersonne(stockage);
            boolean litAvis = AvisMedicalSituation.peutLire(stockage.cellules(), acteur);
            List<DossierSeance.Point> points = seance.ordreDuJour().stream()
                    .map(p -> detailler(acteur, p, historique, litAvis)).toList();
            // urgent decisions presented for ratification show beside the meeting's own
            List<Decision> decisions = new ArrayList<>(stockage.decisions().findBySeance(seanceId));
            seance.ordreDuJour().stream().filter(p -> p.categorie() == CategoriePoint.RATIFICATION)
                    .flatMap(p -> p.demandeIds().stream()).flatMap(id -> stockage.decisions().findByDemande(id).stream())
                    .filter(Decision::estHorsSeance).forEach(decisions::add);
            return new DossierSeance(seance, points, decisions, stockage.membres().findAll(),
                    tenir.constatQuorum(seance), tenir.peutDecider(seance),
                    GererMotifsTypes.enOrdre(stockage));
        });
    }

    /** Partners receive the pseudonymised agenda and minutes, never the meeting's identified files. */
    static void refuserPartenaire(Utilisateur acteur) {
        if (!acteur.role().estInterne()) {
            throw new fr.cellulepdp.model.commun.SaisieInvalideException("séance", "un partenaire reçoit l'ordre "
                    + "du jour et le procès-verbal pseudonymisés, pas les dossiers de la séance.");
        }
    }

    /**
     * What changes whenever the meeting or one of its decisions is saved, by any client: the meeting window reads
     * it every second and reads the whole meeting again only when it changed.
     */
    public String marqueur(UUID seanceId) {
        return stockage.seances().marqueurChangements(seanceId);
    }

    /** Details items not saved yet (proposals), the same way as those of the agenda. */
    public List<DossierSeance.Point> detailler(Utilisateur acteur, List<PointOrdreDuJour> points) {
        refuserPartenaire(acteur);
        HistoriquePersonne historique = new HistoriquePersonne(stockage);
        boolean litAvis = AvisMedicalSituation.peutLire(stockage.cellules(), acteur);
        return points.stream().map(p -> detailler(acteur, p, historique, litAvis)).toList();
    }

    private DossierSeance.Point detailler(Utilisateur acteur, PointOrdreDuJour point, HistoriquePersonne historique,
                                          boolean litAvis) {
        Situation lue = stockage.situations().get(point.situationId());
        Situation situation = litAvis ? lue : lue.sansAvisMedical();
        Assure assure = stockage.assures().get(situation.assureId());
        List<Demande> demandes = point.demandeIds().stream().map(stockage.demandes()::get).toList();
        return new DossierSeance.Point(point, situation, assure, demandes,
                historique.historique(acteur, assure.id()));
    }
}
