package fr.cellulepdp.model.document;

import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.seance.DossierSeance;
import fr.cellulepdp.model.seance.Seance;
import java.time.LocalDate;

/**
 * What the documents of one meeting are made of: the cell (letterhead, signatory), the meeting as read with
 * everything its window shows, the previous meeting (approval of its minutes) and the next one, if planned, and
 * the day the documents are issued. {@code precedente} and {@code prochaine} may be null.
 */
public record ContenuSeance(Cellule cellule, DossierSeance dossier, Seance precedente, Seance prochaine,
                            LocalDate dateEdition) {
}
