package fr.cellulepdp.model.importation;

import fr.cellulepdp.model.annuaire.OrganisationRepository;
import fr.cellulepdp.model.audit.StockageAudit;
import fr.cellulepdp.model.cellule.CelluleRepository;
import fr.cellulepdp.model.situation.AssureRepository;
import fr.cellulepdp.model.situation.SituationRepository;

/**
 * Port: what importing the IJ 60 days list and writing its letters need. The storage object implements it ({@code
 * model/stockage/Stockage}, decision record 0043).
 */
public interface StockageImportation extends StockageAudit {

    AssureRepository assures();

    SituationRepository situations();

    CelluleRepository cellules();

    /** The directory of organisations letters go to and partners come from. */
    OrganisationRepository organisations();

    /** The « courriers de mise à disposition » to the people of the IJ 60 days list, and their wording. */
    MiseADispositionRepository misesADisposition();

    /**
     * How the monthly import writes its batches of new files: by default through the repositories; the database
     * overrides it with plain JDBC batches (issue 22).
     */
    default EcritureImport ecritureImport() {
        return lot -> {
            assures().insererTous(lot.stream().filter(d -> d.nouvelle()).map(d -> d.personne()).toList());
            situations().insererTous(lot.stream().map(d -> d.situation()).toList());
        };
    }
}
