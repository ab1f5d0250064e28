package fr.cellulepdp.model.seance;

import fr.cellulepdp.model.commun.Textes;
import fr.cellulepdp.model.commun.Versionne;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A meeting of the cell, with its attendance and its agenda (in order). {@code derogationQuorum} is the reason the
 * coordinatrice gave to decide without quorum; empty when there was none.
 */
public record Seance(UUID id, long version, int numero, LocalDate date, LocalTime heure, String lieu,
                     String lienVisio, StatutSeance statut, UUID secretaireId, List<Presence> presences,
                     List<String> invites, List<PointOrdreDuJour> ordreDuJour, String derogationQuorum)
        implements Versionne {

    public Seance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        lieu = Textes.nonNul(lieu);
        lienVisio = Textes.nonNul(lienVisio);
        statut = statut == null ? StatutSeance.PLANIFIEE : statut;
        presences = presences == null ? List.of() : List.copyOf(presences);
        invites = invites == null ? List.of() : List.copyOf(invites);
        ordreDuJour = ordreDuJour == null ? List.of() : List.copyOf(ordreDuJour);
        derogationQuorum = Textes.nonNul(derogationQuorum);
    }

    public Seance avecStatut(StatutSeance nouveau) {
        return new Seance(id, version, numero, date, heure, lieu, lienVisio, nouveau, secretaireId, presences, invites,
                ordreDuJour, derogationQuorum);
    }

    public Seance avecOrdreDuJour(List<PointOrdreDuJour> points) {
        return new Seance(id, version, numero, date, heure, lieu, lienVisio, statut, secretaireId, presences, invites,
                points, derogationQuorum);
    }

    public Seance avecPresences(List<Presence> nouvelles, List<String> nouveauxInvites) {
        return new Seance(id, version, numero, date, heure, lieu, lienVisio, statut, secretaireId, nouvelles,
                nouveauxInvites, ordreDuJour, derogationQuorum);
    }

    public Seance avecSecretaire(UUID membreId) {
        return new Seance(id, version, numero, date, heure, lieu, lienVisio, statut, membreId, presences, invites,
                ordreDuJour, derogationQuorum);
    }

    /** The meeting whose minutes this one approves: the last one closed before its date, among {@code toutes}. */
    public java.util.Optional<Seance> precedenteParmi(List<Seance> toutes) {
        return toutes.stream().filter(s -> !s.id().equals(id) && s.estCloturee() && s.date().isBefore(date))
                .max(java.util.Comparator.comparing(Seance::date));
    }

    /** True when the member is recorded present at the meeting. */
    public boolean estPresent(UUID membreId) {
        return presences.stream().anyMatch(p -> p.membreId().equals(membreId) && p.etat() == EtatPresence.PRESENT);
    }

    public Seance avecDerogationQuorum(String motif) {
        return new Seance(id, version, numero, date, heure, lieu, lienVisio, statut, secretaireId, presences, invites,
                ordreDuJour, motif);
    }

    public boolean estCloturee() {
        return statut == StatutSeance.CLOTUREE;
    }

    /** The agenda item holding this request, if any. */
    public java.util.Optional<PointOrdreDuJour> pointDe(UUID demandeId) {
        return ordreDuJour.stream().filter(p -> p.demandeIds().contains(demandeId)).findFirst();
    }

    public int dureePrevueMinutes() {
        return ordreDuJour.stream().mapToInt(PointOrdreDuJour::dureePrevueMinutes).sum();
    }
}
