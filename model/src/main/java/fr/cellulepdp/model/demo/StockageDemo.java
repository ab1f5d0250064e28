package fr.cellulepdp.model.demo;

import fr.cellulepdp.model.annuaire.OrganisationRepository;
import fr.cellulepdp.model.cellule.CelluleRepository;
import fr.cellulepdp.model.cellule.MembreRepository;
import fr.cellulepdp.model.commun.Transactions;
import fr.cellulepdp.model.decision.DecisionRepository;
import fr.cellulepdp.model.demande.DemandeRepository;
import fr.cellulepdp.model.mesure.CatalogueMesuresRepository;
import fr.cellulepdp.model.notification.CodeCourrielRepository;
import fr.cellulepdp.model.seance.SeanceRepository;
import fr.cellulepdp.model.situation.AssureRepository;
import fr.cellulepdp.model.situation.SituationRepository;
import fr.cellulepdp.model.suivi.SuiviRepository;

/**
 * Port: what loading the demonstration data needs: every store it fills. The storage object implements it ({@code
 * model/stockage/Stockage}, decision record 0043).
 */
public interface StockageDemo {

    Transactions transactions();

    AssureRepository assures();

    SituationRepository situations();

    DemandeRepository demandes();

    DecisionRepository decisions();

    SuiviRepository suivis();

    SeanceRepository seances();

    /** The people's personal codes, the password of their e-mailed letters. */
    CodeCourrielRepository codesCourriel();

    MembreRepository membres();

    CelluleRepository cellules();

    /** The directory of organisations letters go to and partners come from. */
    OrganisationRepository organisations();

    CatalogueMesuresRepository catalogueMesures();
}
