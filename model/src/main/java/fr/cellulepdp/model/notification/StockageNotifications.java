package fr.cellulepdp.model.notification;

import fr.cellulepdp.model.audit.StockageAudit;
import fr.cellulepdp.model.cellule.CelluleRepository;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.situation.AssureRepository;
import fr.cellulepdp.model.situation.SituationRepository;

/**
 * Port: what the outgoing letters and e-mails need (sending also sends the members' e-mails). The storage object
 * implements it ({@code model/stockage/Stockage}, decision record 0043).
 */
public interface StockageNotifications extends StockageAudit {

    NotificationRepository notifications();

    /** The people's personal codes, the password of their e-mailed letters. */
    CodeCourrielRepository codesCourriel();

    ServeurSmtpRepository serveursSmtp();

    CelluleRepository cellules();

    AssureRepository assures();

    SituationRepository situations();

    /**
     * The members' e-mails a sending round delivers too, through its sender and under its clock: {@code convocation}
     * implements it (decision record 0053).
     */
    CourrielsDesMembres courrielsDesMembres(EnvoiCourriel envoi, Horloge horloge);

    /** The decisions the letters notify: {@code decision} implements it (decision record 0053). */
    DecisionsNotifiees decisionsNotifiees();
}
