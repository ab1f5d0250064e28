package fr.cellulepdp.model.document;

import fr.cellulepdp.model.annuaire.StockageAnnuaire;
import fr.cellulepdp.model.convocation.StockageConvocations;
import fr.cellulepdp.model.notification.CodeCourrielRepository;
import fr.cellulepdp.model.notification.NotificationRepository;
import fr.cellulepdp.model.seance.StockageSeances;

/**
 * Port: what generating a meeting's documents needs: the meeting's file, the letter templates, the directory, the
 * outbox and the personal codes, and the minutes' distribution. The storage object implements it ({@code
 * model/stockage/Stockage}, decision record 0043).
 */
public interface StockageDocuments extends StockageConvocations, StockageSeances, StockageAnnuaire {

    ModeleCourrierRepository modelesCourrier();

    /** The people's personal codes, the password of their e-mailed letters. */
    CodeCourrielRepository codesCourriel();

    NotificationRepository notifications();
}
