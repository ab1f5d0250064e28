package fr.cellulepdp.model.notification;

import fr.cellulepdp.model.cellule.CelluleRepository;
import fr.cellulepdp.model.convocation.StockageConvocations;
import fr.cellulepdp.model.decision.DecisionRepository;
import fr.cellulepdp.model.demande.DemandeRepository;
import fr.cellulepdp.model.situation.AssureRepository;
import fr.cellulepdp.model.situation.SituationRepository;

/**
 * Port: what the outgoing letters and e-mails need (sending also sends the members' e-mails). The storage object
 * implements it ({@code model/stockage/Stockage}, decision record 0043).
 */
public interface StockageNotifications extends StockageConvocations {

    NotificationRepository notifications();

    /** The people's personal codes, the password of their e-mailed letters. */
    CodeCourrielRepository codesCourriel();

    ServeurSmtpRepository serveursSmtp();

    CelluleRepository cellules();

    AssureRepository assures();

    SituationRepository situations();

    DemandeRepository demandes();

    DecisionRepository decisions();
}
