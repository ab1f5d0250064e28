package fr.cellulepdp.model.notification;

import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Stockage;
import fr.cellulepdp.model.decision.Decision;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Use case: where the letters stand, for a meeting and for the outbox badge. */
public final class SuivreCourriers {

    /** One letter as the meeting window lists it. */
    public record Ligne(String numeroDossier, Destinataire destinataire, CanalEnvoi canal, StatutNotification statut,
                        Instant envoyeeLe, String derniereErreur, int tentatives) {
    }

    private final Stockage stockage;

    public SuivreCourriers(Stockage stockage) {
        this.stockage = stockage;
    }

    /** The letters to e-mail not sent yet (waiting or failed): the badge. */
    public long enAttente(Utilisateur acteur) {
        return stockage.notifications().findAll().stream()
                .filter(n -> n.canal() == CanalEnvoi.EMAIL && n.statut() != StatutNotification.ENVOYEE).count();
    }

    public List<Ligne> deLaSeance(Utilisateur acteur, UUID seanceId) {
        return stockage.decisions().findBySeance(seanceId).stream()
                .flatMap(d -> stockage.notifications().findByDecision(d.id()).stream().map(n -> ligne(d, n)))
                .sorted(Comparator.comparing(Ligne::numeroDossier).thenComparing(Ligne::destinataire))
                .toList();
    }

    private Ligne ligne(Decision d, Notification n) {
        String dossier = stockage.demandes().find(d.demandeId())
                .flatMap(demande -> stockage.situations().find(demande.situationId()))
                .map(s -> s.numeroDossier()).orElse("");
        return new Ligne(dossier, n.destinataire(), n.canal(), n.statut(), n.envoyeeLe(), n.derniereErreur(),
                n.tentatives());
    }
}
