package fr.cellulepdp.model.seance;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.demande.StatutDemande;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.suivi.Suivi;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Use case: plans a meeting and prepares its agenda. The proposal takes the waiting requests of open files (urgent
 * first, then complex, then the oldest request first: adjourned requests are waiting again, so they come back by
 * themselves), then the urgent decisions taken since the last meeting, to ratify, then the follow-ups due by the
 * meeting's date. Saving the agenda marks its requests "inscrite" and puts back those removed.
 */
public final class PreparerSeance {

    static final int MINUTES_PAR_POINT = 10;
    static final int MINUTES_PAR_SUIVI = 5;

    private final StockageSeances stockage;
    private final Horloge horloge;
    private final UtilisateurCourant utilisateurCourant;

    public PreparerSeance(StockageSeances stockage, Horloge horloge, UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.horloge = horloge;
        this.utilisateurCourant = utilisateurCourant;
    }

    public Seance planifier(PlanSeance plan) {

        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "séance", "planifie les séances");
        return stockage.transactions().inTransaction(() -> {
            List<Seance> seances = stockage.seances().findAll();
            int numero = plan.numero() == null || plan.numero() == 0
                    ? seances.stream().mapToInt(Seance::numero).max().orElse(0) + 1 : plan.numero();
            List<Probleme> problemes = new ArrayList<>();
            if (plan.date() == null) {
                problemes.add(new Probleme("date", "la date de la séance est obligatoire."));
            }
            if (plan.lieu().isEmpty() && plan.lienVisio().isEmpty()) {
                problemes.add(new Probleme("lieu", "indiquez le lieu ou le lien de visioconférence."));
            }
            if (numero < 0 || seances.stream().anyMatch(s -> s.numero() == numero)) {
                problemes.add(new Probleme("numéro", "la séance n° " + numero + " existe déjà."));
            }
            problemes.addAll(membresActifs(plan));
            if (!problemes.isEmpty()) {
                throw new SaisieInvalideException(problemes);
            }
            List<Presence> convoques = plan.membresConvoques().stream()
                    .map(id -> new Presence(id, EtatPresence.ABSENT)).toList();
            Seance planifiee = stockage.seances().save(new Seance(UUID.randomUUID(), 0, numero, plan.date(),
                    plan.heure(), plan.lieu(), plan.lienVisio(), StatutSeance.PLANIFIEE, plan.secretaireId(),
                    convoques, List.of(), List.of(), ""));
            new Audit(stockage, horloge).noter(acteur, "SEANCE_PLANIFIEE", "Seance", planifiee.id(), "séance n° "
                    + numero + " le " + plan.date() + ", " + convoques.size() + " membre(s) convoqué(s)");
            return planifiee;
        });
    }

    /** Only active members are convoked; the secretary is an internal member. */
    private List<Probleme> membresActifs(PlanSeance plan) {
        List<Probleme> problemes = new ArrayList<>();
        var membres = stockage.membres();
        if (plan.membresConvoques().stream().map(membres::find)
                .anyMatch(m -> m.isEmpty() || !m.get().actif())) {
            problemes.add(new Probleme("membres convoqués", "un membre convoqué n'existe pas ou a été désactivé."));
        }
        if (plan.secretaireId() != null && membres.find(plan.secretaireId())
                .filter(m -> m.actif() && m.role().estInterne()).isEmpty()) {
            problemes.add(new Probleme("secrétaire", "le secrétaire de séance est un membre actif de la cellule "
                    + "(pas un partenaire)."));
        }
        return problemes;
    }

    /**
     * The items the application proposes to add, in the proposed order (urgent, complex, oldest; the items with
     * only measures the cell follows last); none already on an agenda.
     */
    public List<PointOrdreDuJour> proposer(UUID seanceId) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        // the proposal reads every file waiting, with its person's name: for her who arranges the agenda only
        Droits.coordinatrice(acteur, "ordre du jour", "prépare l'ordre du jour");
        Seance seance = stockage.seances().get(seanceId);
        List<Seance> seances = stockage.seances().findAll();
        Set<UUID> dejaInscrites = seances.stream()
                .filter(s -> !s.estCloturee() || s.id().equals(seanceId))
                .flatMap(s -> s.ordreDuJour().stream()).flatMap(p -> p.demandeIds().stream())
                .collect(Collectors.toSet());
        Set<UUID> dejaRatifiees = seances.stream().flatMap(s -> s.ordreDuJour().stream())
                .filter(p -> p.categorie() == CategoriePoint.RATIFICATION).flatMap(p -> p.demandeIds().stream())
                .collect(Collectors.toSet());
        List<Demande> aEtudier = stockage.demandes().findByStatut(StatutDemande.A_ETUDIER);
        // their files in one query, not one per request (thousands wait at ten years)
        Map<UUID, Situation> situations = stockage.situations().findAllById(aEtudier.stream()
                .map(Demande::situationId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Situation::id, s -> s));
        Map<UUID, List<Demande>> attente = new LinkedHashMap<>();
        for (Demande demande : aEtudier) {
            Situation situation = situations.get(demande.situationId());
            if (situation.estOuverte() && !dejaInscrites.contains(demande.id())) {
                attente.computeIfAbsent(situation.id(), k -> new ArrayList<>()).add(demande);
            }
        }
        // the items the cell only follows come last, for information, after those it decides
        fr.cellulepdp.model.mesure.CatalogueMesures catalogue = new fr.cellulepdp.model.mesure.ConsulterCatalogue(
                stockage, () -> acteur).catalogue();
        List<PointOrdreDuJour> points = new ArrayList<>(attente.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<UUID, List<Demande>> e) -> e.getValue().stream()
                                .allMatch(d -> catalogue.regle(d.mesure()).suiviSeulement()))
                        .thenComparing(e -> rang(situations.get(e.getKey())))
                        .thenComparing(e -> e.getValue().stream().map(Demande::dateDemande)
                                .min(Comparator.naturalOrder()).orElseThrow()))
                .map(e -> new PointOrdreDuJour(UUID.randomUUID(), e.getKey(),
                        e.getValue().stream().sorted(Comparator.comparing(Demande::dateDemande)).map(Demande::id)
                                .toList(), categorie(situations.get(e.getKey())), MINUTES_PAR_POINT, Set.of()))
                .toList());
        for (Decision urgente : stockage.decisions().horsSeance()) {
            if (!dejaRatifiees.contains(urgente.demandeId())) {
                Demande demande = stockage.demandes().get(urgente.demandeId());
                points.add(new PointOrdreDuJour(UUID.randomUUID(), demande.situationId(), List.of(demande.id()),
                        CategoriePoint.RATIFICATION, MINUTES_PAR_SUIVI, Set.of()));
            }
        }
        Set<UUID> avecPoint = new HashSet<>();
        seance.ordreDuJour().forEach(p -> avecPoint.add(p.situationId()));
        points.forEach(p -> avecPoint.add(p.situationId()));
        stockage.suivis().nonRealises().stream()
                .filter(s -> !s.echeance().isAfter(seance.date()))
                .sorted(Comparator.comparing(Suivi::echeance))
                .map(Suivi::situationId).distinct().filter(avecPoint::add)
                .forEach(id -> points.add(new PointOrdreDuJour(UUID.randomUUID(), id, List.of(), CategoriePoint.SUIVI,
                        MINUTES_PAR_SUIVI, Set.of())));
        return points;
    }

    /**
     * Saves the agenda as the coordinatrice arranged it, over the version she read.
     *
     * @throws SaisieInvalideException if the meeting is closed
     */
    public Seance enregistrerOrdreDuJour(Seance lue, List<PointOrdreDuJour> points) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "ordre du jour", "arrête l'ordre du jour");
        return stockage.transactions().inTransaction(() -> {
            if (stockage.seances().get(lue.id()).estCloturee()) {
                throw new SaisieInvalideException("ordre du jour", "la séance n° " + lue.numero()
                        + " est clôturée : son ordre du jour ne change plus.");
            }
            Set<UUID> avant = demandes(lue.ordreDuJour());
            Set<UUID> apres = demandes(points);
            for (UUID id : apres) {
                Demande demande = stockage.demandes().get(id);
                if (!avant.contains(id) && demande.statut() == StatutDemande.A_ETUDIER) {
                    stockage.demandes().save(demande.avecStatut(StatutDemande.INSCRITE));
                }
            }
            for (UUID id : avant) {
                Demande demande = stockage.demandes().get(id);
                if (!apres.contains(id) && demande.statut() == StatutDemande.INSCRITE) {
                    stockage.demandes().save(demande.avecStatut(StatutDemande.A_ETUDIER));
                }
            }
            Seance enregistree = stockage.seances().save(lue.avecOrdreDuJour(points));
            new Audit(stockage, horloge).noter(acteur, "ORDRE_DU_JOUR", "Seance", lue.id(), "séance n° "
                    + lue.numero() + " : " + lue.ordreDuJour().size() + " → " + points.size() + " point(s)");
            return enregistree;
        });
    }

    private static Set<UUID> demandes(List<PointOrdreDuJour> points) {
        return points.stream().filter(p -> p.categorie() != CategoriePoint.RATIFICATION)
                .flatMap(p -> p.demandeIds().stream()).collect(Collectors.toSet());
    }

    private static int rang(Situation situation) {
        return categorie(situation).ordinal();
    }

    static CategoriePoint categorie(Situation situation) {
        return situation.urgent().leve() ? CategoriePoint.URGENT
                : situation.complexe().leve() ? CategoriePoint.COMPLEXE : CategoriePoint.STANDARD;
    }
}
