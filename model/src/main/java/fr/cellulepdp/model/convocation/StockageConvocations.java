package fr.cellulepdp.model.convocation;

import fr.cellulepdp.model.audit.StockageAudit;
import fr.cellulepdp.model.cellule.CelluleRepository;
import fr.cellulepdp.model.cellule.MembreRepository;
import fr.cellulepdp.model.demande.DemandeRepository;
import fr.cellulepdp.model.notification.ServeurSmtpRepository;
import fr.cellulepdp.model.seance.SeanceRepository;

/**
 * Port: what convening the members and sending them the minutes need. The storage object implements it ({@code
 * model/stockage/Stockage}, decision record 0043).
 */
public interface StockageConvocations extends StockageAudit {

    /** The e-mails to the members: convocations, cancellations, minutes (and the distribution's setting). */
    CourrielMembreRepository courrielsMembres();

    CelluleRepository cellules();

    MembreRepository membres();

    DemandeRepository demandes();

    SeanceRepository seances();

    ServeurSmtpRepository serveursSmtp();
}
