package fr.cellulepdp.model.seance;

import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.GererMotifsTypes;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.AvisMedicalSituation;
import fr.cellulepdp.model.decision.HistoriquePersonne;
import fr.cellulepdp.model.situation.Situation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Use case: reads a meeting with everything its window shows (see {@link DossierSeance}). */
public final class ConsulterSeance {

    private final StockageSeances stockage;
    private final TenirSeance tenir;
    private final UtilisateurCourant utilisateurCourant;

    public ConsulterSeance(StockageSeances stockage, TenirSeance tenir, UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.tenir = tenir;
        this.utilisateurCourant = utilisateurCourant;
    }

    public DossierSeance consulter(UUID seanceId) {

        Utilisateur acteur = utilisateurCourant.utilisateur();
        refuserPartenaire(acteur);
        return stockage.transactions().inTransaction(() -> {
            Seance seance = stockage.seances().get(seanceId);
            HistoriquePersonne historique = new HistoriquePersonne(stockage, () -> acteur);
            boolean litAvis = AvisMedicalSituation.peutLire(stockage.cellules(), acteur);
            Lus lus = Lus.de(stockage, seance.ordreDuJour());
            List<DossierSeance.Point> points = seance.ordreDuJour().stream()
                    .map(p -> detailler(acteur, p, historique, litAvis, lus)).toList();
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

    /** The meeting itself (its state, number, secretary), without its files: for the internal members. */
    public Seance seance(UUID seanceId) {
        refuserPartenaire(utilisateurCourant.utilisateur());
        return stockage.seances().get(seanceId);
    }

    /** The approval of the previous minutes recorded at this meeting, if any. */
    public java.util.Optional<ApprobationProcesVerbal> approbation(UUID seanceId) {
        refuserPartenaire(utilisateurCourant.utilisateur());
        return stockage.approbationsProcesVerbal().findBySeance(seanceId);
    }

    /** The meeting whose minutes {@code seance} approves: the last one closed before it, if any. */
    public java.util.Optional<Seance> precedente(Seance seance) {
        refuserPartenaire(utilisateurCourant.utilisateur());
        return seance.precedenteParmi(stockage.seances().findAll());
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
        utilisateurCourant.exigerConnexion();
        return stockage.seances().marqueurChangements(seanceId);
    }

    /** Details items not saved yet (proposals), the same way as those of the agenda. */
    public List<DossierSeance.Point> detailler(List<PointOrdreDuJour> points) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        refuserPartenaire(acteur);
        HistoriquePersonne historique = new HistoriquePersonne(stockage, () -> acteur);
        boolean litAvis = AvisMedicalSituation.peutLire(stockage.cellules(), acteur);
        Lus lus = Lus.de(stockage, points);
        return points.stream().map(p -> detailler(acteur, p, historique, litAvis, lus)).toList();
    }

    private DossierSeance.Point detailler(Utilisateur acteur, PointOrdreDuJour point, HistoriquePersonne historique,
                                          boolean litAvis, Lus lus) {
        Situation lue = lus.situation(stockage, point.situationId());
        Situation situation = litAvis ? lue : lue.sansAvisMedical();
        Assure assure = lus.assure(stockage, situation.assureId());
        List<Demande> demandes = point.demandeIds().stream().map(id -> lus.demande(stockage, id)).toList();
        return new DossierSeance.Point(point, situation, assure, demandes,
                historique.historique(assure.id()));
    }

    /**
     * The items' files, persons and requests, read in three queries for the whole agenda rather than three per
     * item (a 40-item meeting read for its pack); what is not among them is read alone, and missing fails as before.
     */
    private record Lus(Map<UUID, Situation> situations, Map<UUID, Assure> assures, Map<UUID, Demande> demandes) {

        static Lus de(StockageSeances stockage, List<PointOrdreDuJour> points) {
            Map<UUID, Situation> situations = parId(stockage.situations().findAllById(points.stream()
                    .map(PointOrdreDuJour::situationId).collect(Collectors.toSet())), Situation::id);
            Map<UUID, Assure> assures = parId(stockage.assures().findAllById(situations.values().stream()
                    .map(Situation::assureId).collect(Collectors.toSet())), Assure::id);
            Map<UUID, Demande> demandes = parId(stockage.demandes().findAllById(points.stream()
                    .flatMap(p -> p.demandeIds().stream()).collect(Collectors.toSet())), Demande::id);
            return new Lus(situations, assures, demandes);
        }

        private static <T> Map<UUID, T> parId(List<T> lus, Function<T, UUID> id) {
            Map<UUID, T> parId = new HashMap<>();
            lus.forEach(l -> parId.put(id.apply(l), l));
            return parId;
        }

        Situation situation(StockageSeances stockage, UUID id) {
            Situation lue = situations.get(id);
            return lue != null ? lue : stockage.situations().get(id);
        }

        Assure assure(StockageSeances stockage, UUID id) {
            Assure lu = assures.get(id);
            return lu != null ? lu : stockage.assures().get(id);
        }

        Demande demande(StockageSeances stockage, UUID id) {
            Demande lue = demandes.get(id);
            return lue != null ? lue : stockage.demandes().get(id);
        }
    }
}
