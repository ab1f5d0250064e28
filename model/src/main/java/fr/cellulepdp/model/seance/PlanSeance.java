package fr.cellulepdp.model.seance;

import fr.cellulepdp.model.commun.Textes;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** What the "plan a meeting" form holds; a null or zero number means "the next one". */
public record PlanSeance(Integer numero, LocalDate date, LocalTime heure, String lieu, String lienVisio,
                         UUID secretaireId, List<UUID> membresConvoques) {

    public PlanSeance {
        lieu = Textes.nonNul(lieu);
        lienVisio = Textes.nonNul(lienVisio);
        membresConvoques = membresConvoques == null ? List.of() : List.copyOf(membresConvoques);
    }
}
