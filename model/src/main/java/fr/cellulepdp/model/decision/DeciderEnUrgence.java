package fr.cellulepdp.model.decision;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.demande.StatutDemande;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Use case: an urgent request decided between meetings by the coordinatrice and a medical référent. The decision
 * has no meeting; it takes effect at once, leaves the agenda of a meeting still being prepared, and the next
 * meeting's proposed agenda brings it for ratification (so its minutes record it).
 */
public final class DeciderEnUrgence {

    private final StockageDecisions stockage;
    private final Horloge horloge;
    private final SeancesPourDecider seances;
    private final UtilisateurCourant utilisateurCourant;

    public DeciderEnUrgence(StockageDecisions stockage, Horloge horloge, SeancesPourDecider seances,
            UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.horloge = horloge;
        this.seances = seances;
        this.utilisateurCourant = utilisateurCourant;
    }

    /** @throws SaisieInvalideException naming every problem; nothing is saved then */
    public Decision decider(UUID referentMedicalId, SaisieDecision saisie) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "urgence", "décide en urgence, avec un référent médical");
        return stockage.transactions().inTransaction(() -> {
            List<Probleme> problemes = new ArrayList<>();
            Optional<Membre> medecin = referentMedicalId == null ? Optional.empty()
                    : stockage.membres().find(referentMedicalId);
            if (medecin.isEmpty() || medecin.get().role() != Role.REFERENT_MEDICAL || !medecin.get().actif()) {
                problemes.add(new Probleme("référent médical", "choisissez le référent médical qui décide avec vous."));
            }
            Demande demande = stockage.demandes().get(saisie.demandeId());
            if (demande.statut() != StatutDemande.A_ETUDIER && demande.statut() != StatutDemande.INSCRITE) {
                problemes.add(new Probleme("demande", "cette demande est " + demande.statut().libelle().toLowerCase()
                        + " : elle ne peut plus être décidée en urgence."));
            }
            // the open and the planned meetings holding the request, in one query: checked now, left below
            SeancesPourDecider.AgendasAVenir agendas = seances.agendasAVenir(demande.id());
            agendas.seanceOuverte().ifPresent(numero -> problemes.add(new Probleme("demande",
                    "cette demande est à l'ordre du jour de la séance n° " + numero + ", ouverte : décidez-la en "
                            + "séance.")));
            problemes.addAll(new ControleDecision(stockage, horloge, () -> acteur).verifier(saisie, demande));
            if (!problemes.isEmpty()) {
                throw new SaisieInvalideException(problemes);
            }
            agendas.retirerDeLaSeancePlanifiee();
            Decision decision = stockage.decisions().save(saisie.versDecision(UUID.randomUUID(), 0, null, null,
                    horloge.maintenant(), acteur.membreId(), referentMedicalId));
            // taking the request off a planned agenda saves the meeting, not the request: the one read is current
            new EffetsDecision(stockage).appliquer(decision, demande);
            new Audit(stockage, horloge).noter(acteur, "DECISION_URGENTE", "Decision", decision.id(),
                    decision.issue().libelle() + ", avec le référent médical " + referentMedicalId);
            return decision;
        });
    }
}
