package fr.cellulepdp.model.protection;

import fr.cellulepdp.model.cellule.CelluleRepository;
import fr.cellulepdp.model.cellule.MembreRepository;
import fr.cellulepdp.model.compte.StockageCleMedicale;
import fr.cellulepdp.model.decision.DecisionRepository;
import fr.cellulepdp.model.demande.DemandeRepository;
import fr.cellulepdp.model.notification.CodeCourrielRepository;
import fr.cellulepdp.model.notification.NotificationRepository;
import fr.cellulepdp.model.seance.SeanceRepository;
import fr.cellulepdp.model.situation.AssureRepository;
import fr.cellulepdp.model.situation.SituationRepository;
import fr.cellulepdp.model.suivi.SuiviRepository;

/**
 * Port: what the data-protection use cases (retention, a person's right of access) need: everything held about a
 * person. The storage object implements it ({@code model/stockage/Stockage}, decision record 0043).
 */
public interface StockageProtection extends StockageCleMedicale {

    AssureRepository assures();

    SituationRepository situations();

    DemandeRepository demandes();

    DecisionRepository decisions();

    SuiviRepository suivis();

    SeanceRepository seances();

    NotificationRepository notifications();

    /** The people's personal codes, the password of their e-mailed letters. */
    CodeCourrielRepository codesCourriel();

    MembreRepository membres();

    CelluleRepository cellules();
}
