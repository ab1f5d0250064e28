package fr.cellulepdp.reports.document;

import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.demo.DonneesDemo;
import fr.cellulepdp.model.demo.JeuDemo;
import fr.cellulepdp.model.document.ContenuSeance;
import fr.cellulepdp.model.seance.DossierSeance;
import fr.cellulepdp.model.seance.PointOrdreDuJour;
import fr.cellulepdp.model.seance.Quorum;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.seance.StatutSeance;
import fr.cellulepdp.model.situation.Situation;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The documents' input taken from the synthetic demo cell, without a database: its last closed meeting. */
public final class ContenuDemo {

    public static final LocalDate REFERENCE = LocalDate.of(2026, 11, 23);

    private ContenuDemo() {
    }

    public static ContenuSeance derniereSeanceCloturee() {
        JeuDemo jeu = DonneesDemo.generer(REFERENCE);
        List<Seance> closes = jeu.seances().stream().filter(s -> s.statut() == StatutSeance.CLOTUREE)
                .sorted(Comparator.comparing(Seance::date)).toList();
        Seance seance = closes.get(closes.size() - 1);
        Seance prochaine = jeu.seances().stream().filter(s -> s.statut() == StatutSeance.PLANIFIEE).findFirst()
                .orElse(null);
        return contenu(jeu, seance, closes.get(closes.size() - 2), prochaine);
    }

    /** The meeting where the demo took a decision of this outcome, with the item and the decision. */
    public record Lettre(ContenuSeance contenu, DossierSeance.Point point, Decision decision) {
    }

    public static Lettre lettre(fr.cellulepdp.model.decision.IssueDecision issue) {
        JeuDemo jeu = DonneesDemo.generer(REFERENCE);
        Decision decision = jeu.decisions().stream().filter(d -> d.issue() == issue).findFirst().orElseThrow();
        Seance seance = jeu.seances().stream().filter(s -> s.id().equals(decision.seanceId())).findFirst()
                .orElseThrow();
        ContenuSeance contenu = contenu(jeu, seance, null, null);
        DossierSeance.Point point = contenu.dossier().points().stream()
                .filter(p -> p.point().demandeIds().contains(decision.demandeId())).findFirst().orElseThrow();
        return new Lettre(contenu, point, decision);
    }

    public static ContenuSeance contenu(JeuDemo jeu, Seance seance, Seance precedente, Seance prochaine) {
        Map<UUID, Situation> situations = parId(jeu.situations(), Situation::id);
        Map<UUID, Demande> demandes = parId(jeu.demandes(), Demande::id);
        List<DossierSeance.Point> points = seance.ordreDuJour().stream().map(p -> point(jeu, p, situations, demandes))
                .toList();
        List<Decision> decisions = jeu.decisions().stream().filter(d -> seance.id().equals(d.seanceId())).toList();
        String quorum = Quorum.constat(jeu.cellule().quorum(), seance, parId(jeu.membres(),
                fr.cellulepdp.model.cellule.Membre::id));
        DossierSeance dossier = new DossierSeance(seance, points, decisions, jeu.membres(), quorum, false, List.of());
        return new ContenuSeance(jeu.cellule(), dossier, precedente, prochaine, REFERENCE, null, null);
    }

    private static DossierSeance.Point point(JeuDemo jeu, PointOrdreDuJour p, Map<UUID, Situation> situations,
                                             Map<UUID, Demande> demandes) {
        Situation situation = situations.get(p.situationId());
        return new DossierSeance.Point(p, situation, jeu.assures().stream()
                .filter(a -> a.id().equals(situation.assureId())).findFirst().orElseThrow(),
                p.demandeIds().stream().map(demandes::get).toList(), List.of());
    }

    private static <T> Map<UUID, T> parId(List<T> objets, Function<T, UUID> id) {
        return objets.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
