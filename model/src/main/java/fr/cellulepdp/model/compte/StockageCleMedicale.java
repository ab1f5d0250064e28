package fr.cellulepdp.model.compte;

import fr.cellulepdp.model.audit.ClesSignatureRepository;
import fr.cellulepdp.model.cellule.CelluleRepository;
import fr.cellulepdp.model.situation.SituationRepository;

/**
 * Port: what the medical key needs: the wrapped keys, the accounts' public keys, the opinions it encrypts and the
 * cell's rule on who reads them. The storage object implements it ({@code model/stockage/Stockage}, decision record
 * 0043).
 */
public interface StockageCleMedicale extends StockageRoles {

    /** The medical key wrapped for each account that reads medical opinions. */
    ClesMedicalesRepository clesMedicales();

    /** Each account's audit-signing key, its private half wrapped under the account's password. */
    ClesSignatureRepository clesSignature();

    SituationRepository situations();

    CelluleRepository cellules();
}
