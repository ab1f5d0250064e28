package fr.cellulepdp.model.seance;

import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.stockage.Stockage;
import fr.cellulepdp.model.decision.AvisMedical;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.decision.SaisieDecision;
import fr.cellulepdp.model.mesure.CatalogueMesures;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The demo cell's planned meeting and what the tests do with it, on any store: the in-memory one of the model's
 * tests or a database of persistence's.
 */
public final class SeanceDeDemo {

    /** The day the demo is generated for. */
    public static final LocalDate REFERENCE = LocalDate.of(2026, 11, 23);

    private SeanceDeDemo() {
    }

    /** The demo cell's coordinatrice, as the user acting. */
    public static Utilisateur coordinatrice(Stockage base) {
        return base.membres().findAll().stream().filter(m -> m.role() == Role.COORDINATRICE).findFirst()
                .map(m -> new Utilisateur(m.id(), "coordinatrice", Role.COORDINATRICE)).orElseThrow();
    }

    public static Seance seancePlanifiee(Stockage base) {
        return base.seances().findAll().stream().filter(s -> s.statut() == StatutSeance.PLANIFIEE).findFirst()
                .orElseThrow();
    }

    /** The planned demo meeting, opened by {@code tenir}'s person with every convoked member present. */
    public static Seance ouverteAuComplet(Stockage base, TenirSeance tenir) {
        Seance seance = seancePlanifiee(base);
        tenir.ouvrir(seance.id(), true);
        return tenir.enregistrerPresences(seance.id(), seance.presences().stream()
                .map(p -> new Presence(p.membreId(), EtatPresence.PRESENT)).toList(), List.of("Invitée"));
    }

    /** A complete entry of the outcome: reasons for a refusal, a condition, what is missing for an adjournment. */
    public static SaisieDecision saisie(UUID demandeId, IssueDecision issue) {
        return new SaisieDecision(demandeId, issue, AvisMedical.FAVORABLE,
                issue == IssueDecision.REFUS ? "Avis défavorable du service médical." : "",
                issue == IssueDecision.ACCORD_SOUS_RESERVE ? "Sous réserve de la convention signée." : "",
                null, null, null, issue == IssueDecision.AJOURNEMENT ? "Accord écrit de l'employeur." : "",
                issue == IssueDecision.AJOURNEMENT ? LocalDate.of(2026, 12, 31) : null, "dérogation accordée", List.of());
    }

    /** The requests of the agenda, in order, whose measure the cell decides (not those it only follows). */
    public static List<UUID> demandesDecidees(Stockage base, Seance seance) {
        CatalogueMesures catalogue = CatalogueMesures.parDefaut();
        return seance.ordreDuJour().stream().map(p -> p.demandeIds().get(0))
                .filter(id -> !catalogue.regle(base.demandes().get(id).mesure()).suiviSeulement()).toList();
    }
}
