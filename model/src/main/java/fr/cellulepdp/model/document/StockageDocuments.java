package fr.cellulepdp.model.document;

import fr.cellulepdp.model.annuaire.StockageAnnuaire;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.notification.CodeCourrielRepository;
import fr.cellulepdp.model.notification.NotificationRepository;
import fr.cellulepdp.model.seance.StockageSeances;

/**
 * Port: what generating a meeting's documents needs: the meeting's file, the letter templates, the directory, the
 * outbox and the personal codes, and the minutes' distribution. The storage object implements it ({@code
 * model/stockage/Stockage}, decision record 0043).
 */
public interface StockageDocuments extends StockageSeances, StockageAnnuaire {

    ModeleCourrierRepository modelesCourrier();

    /** The people's personal codes, the password of their e-mailed letters. */
    CodeCourrielRepository codesCourriel();

    NotificationRepository notifications();

    /** The minutes' distribution to the members, under the use case's clock: {@code convocation} implements it. */
    DiffusionProcesVerbal diffusionProcesVerbal(Horloge horloge);
}
