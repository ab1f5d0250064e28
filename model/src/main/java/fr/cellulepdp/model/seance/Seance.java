package fr.cellulepdp.model.seance;

import fr.cellulepdp.model.commun.Textes;
import fr.cellulepdp.model.commun.Versionne;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A meeting of the cell, with its attendance and its agenda (in order). */
public record Seance(UUID id, long version, int numero, LocalDate date, LocalTime heure, String lieu,
                     String lienVisio, StatutSeance statut, UUID secretaireId, List<Presence> presences,
                     List<String> invites, List<PointOrdreDuJour> ordreDuJour) implements Versionne {

    public Seance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        lieu = Textes.nonNul(lieu);
        lienVisio = Textes.nonNul(lienVisio);
        statut = statut == null ? StatutSeance.PLANIFIEE : statut;
        presences = presences == null ? List.of() : List.copyOf(presences);
        invites = invites == null ? List.of() : List.copyOf(invites);
        ordreDuJour = ordreDuJour == null ? List.of() : List.copyOf(ordreDuJour);
    }

    public int dureePrevueMinutes() {
        return ordreDuJour.stream().mapToInt(PointOrdreDuJour::dureePrevueMinutes).sum();
    }
}
