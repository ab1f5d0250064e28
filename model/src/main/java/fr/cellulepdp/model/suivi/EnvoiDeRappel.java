package fr.cellulepdp.model.suivi;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** When a reminder left, and the follow-ups it named: what the Suivis page shows of the reminders. */
public record EnvoiDeRappel(Instant envoyeLe, List<UUID> suiviIds) {

    public EnvoiDeRappel {
        suiviIds = List.copyOf(suiviIds);
    }
}
