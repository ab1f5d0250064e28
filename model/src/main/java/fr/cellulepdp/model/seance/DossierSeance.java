package fr.cellulepdp.model.seance;

import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.MotifType;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.decision.HistoriquePersonne;
import fr.cellulepdp.model.situation.Situation;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Everything the meeting window shows, read at once: the meeting, each agenda item with its file, person, requests
 * and history, the decisions of the meeting (and the urgent ones it ratifies), the members, the quorum statement
 * and the standard reason phrases.
 */
public record DossierSeance(Seance seance, List<Point> points, List<Decision> decisions, List<Membre> membres,
                            String constatQuorum, boolean peutDecider, List<MotifType> motifsTypes) {

    /** One agenda item, detailed. {@code historique} is every request of the person, with its decisions. */
    public record Point(PointOrdreDuJour point, Situation situation, Assure assure, List<Demande> demandes,
                        List<HistoriquePersonne.Ligne> historique) {

        /** What the projection shows: file number, initials, measures; never the NIR, a name or medical data. */
        public String pseudonyme() {
            return situation.numeroDossier() + " — " + assure.initiales();
        }

        public String mesures() {
            return demandes.stream().map(Demande::libelleMesure).collect(Collectors.joining(", "));
        }
    }

    /** The decision of this meeting in force for a request: the one no rectificatif corrects. */
    public Optional<Decision> decisionEnVigueur(UUID demandeId) {
        List<Decision> surLaDemande = decisions.stream().filter(d -> d.demandeId().equals(demandeId)).toList();
        return surLaDemande.stream()
                .filter(d -> surLaDemande.stream().noneMatch(autre -> d.id().equals(autre.rectifieDecisionId())))
                .max(java.util.Comparator.comparing(Decision::decideeLe));
    }

    /**
     * The version of this meeting's own decision on a request as read here (0 when there is none): what entering
     * the decision replaces, so that a decision entered meanwhile by another client is never overwritten unseen.
     */
    public long versionDecision(UUID demandeId) {
        return decisions.stream()
                .filter(d -> d.demandeId().equals(demandeId) && seance.id().equals(d.seanceId()) && !d.estRectificatif())
                .findFirst().map(Decision::version).orElse(0L);
    }

    public Optional<Membre> membre(UUID id) {
        return membres.stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
