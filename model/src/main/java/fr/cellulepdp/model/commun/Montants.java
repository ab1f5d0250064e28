package fr.cellulepdp.model.commun;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts in euros are kept to the cent, so that a stored and a typed amount compare equal. */
public final class Montants {

    private Montants() {
    }

    public static BigDecimal auCentime(BigDecimal montant) {
        return montant == null ? null : montant.setScale(2, RoundingMode.HALF_UP);
    }
}
