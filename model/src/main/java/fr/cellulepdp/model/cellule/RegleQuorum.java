package fr.cellulepdp.model.cellule;

/**
 * How many members of each kind must be present for the cell to decide (DESIGN.md §2).
 * The default is the coordinatrice (or her deputy), one medical and one social référent.
 */
public record RegleQuorum(boolean coordinatriceRequise, int referentsMedicauxMin, int referentsSociauxMin,
                          int referentsAdministratifsMin) {

    public static final RegleQuorum PAR_DEFAUT = new RegleQuorum(true, 1, 1, 0);

    public RegleQuorum {
        if (referentsMedicauxMin < 0 || referentsSociauxMin < 0 || referentsAdministratifsMin < 0) {
            throw new IllegalArgumentException("un minimum de quorum ne peut pas être négatif");
        }
    }
}
