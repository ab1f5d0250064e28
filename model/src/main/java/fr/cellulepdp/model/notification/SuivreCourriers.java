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
    public record Ligne(UUID id, String numeroDossier, Destinataire destinataire, CanalEnvoi canal, StatutNotification statut,
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

    /**
     * The letters of the meeting to post and not posted yet, in one PDF to print (empty when there is none).
     */
    public java.util.Optional<byte[]> aPoster(Utilisateur acteur, UUID seanceId, FusionPdf fusion) {
        List<byte[]> lettres = aPosterDeLaSeance(seanceId).stream()
                .map(n -> stockage.notifications().pdf(n.id()).orElse(null)).filter(java.util.Objects::nonNull)
                .toList();
        return lettres.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(fusion.fusionner(lettres));
    }

    /** Marks the meeting's letters to post as posted on {@code le}; returns how many. */
    public int marquerPostes(Utilisateur acteur, UUID seanceId, Instant le) {
        return stockage.transactions().inTransaction(() -> {
            List<Notification> aPoster = aPosterDeLaSeance(seanceId);
            aPoster.forEach(n -> stockage.notifications().save(n.envoyee(le)));
            return aPoster.size();
        });
    }

    /** True when every letter of the meeting is sent or posted (and there is at least one). */
    public boolean entierementNotifiee(Utilisateur acteur, UUID seanceId) {
        List<Notification> lettres = lettres(seanceId);
        return !lettres.isEmpty() && lettres.stream().allMatch(n -> n.statut() == StatutNotification.ENVOYEE);
    }

    private List<Notification> lettres(UUID seanceId) {
        return stockage.decisions().findBySeance(seanceId).stream()
                .flatMap(d -> stockage.notifications().findByDecision(d.id()).stream()).toList();
    }

    private List<Notification> aPosterDeLaSeance(UUID seanceId) {
        return lettres(seanceId).stream().filter(n -> n.canal() == CanalEnvoi.COURRIER
                && n.statut() != StatutNotification.ENVOYEE).toList();
    }

    private Ligne ligne(Decision d, Notification n) {
        String dossier = stockage.demandes().find(d.demandeId())
                .flatMap(demande -> stockage.situations().find(demande.situationId()))
                .map(s -> s.numeroDossier()).orElse("");
        return new Ligne(n.id(), dossier, n.destinataire(), n.canal(), n.statut(), n.envoyeeLe(), n.derniereErreur(),
                n.tentatives());
    }
}
