package fr.cellulepdp.model.seance;

import fr.cellulepdp.model.commun.Libelle;

/** Category of an agenda item, which also orders the proposed agenda. */
public enum CategoriePoint implements Libelle {
    URGENT("Urgent"),
    COMPLEXE("Complexe"),
    STANDARD("Standard"),
    SUIVI("Suivi"),
    /** An urgent decision taken between meetings, presented to the next one for ratification. */
    RATIFICATION("Ratification");

    private final String libelle;

    CategoriePoint(String libelle) {
        this.libelle = libelle;
    }

    @Override
    public String libelle() {
        return libelle;
    }
}
