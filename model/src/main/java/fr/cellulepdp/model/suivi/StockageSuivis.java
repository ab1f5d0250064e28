package fr.cellulepdp.model.suivi;

import fr.cellulepdp.model.audit.StockageAudit;
import fr.cellulepdp.model.cellule.CelluleRepository;
import fr.cellulepdp.model.cellule.MembreRepository;
import fr.cellulepdp.model.notification.ServeurSmtpRepository;
import fr.cellulepdp.model.situation.AssureRepository;
import fr.cellulepdp.model.situation.SituationRepository;

/**
 * Port: what the follow-ups and their reminders need. The storage object implements it ({@code
 * model/stockage/Stockage}, decision record 0043).
 */
public interface StockageSuivis extends StockageAudit {

    SuiviRepository suivis();

    /** The daily reminders of follow-ups and their setting. */
    RappelRepository rappels();

    CelluleRepository cellules();

    MembreRepository membres();

    SituationRepository situations();

    AssureRepository assures();

    ServeurSmtpRepository serveursSmtp();

}
