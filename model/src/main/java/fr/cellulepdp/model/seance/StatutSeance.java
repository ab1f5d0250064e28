package fr.cellulepdp.model.seance;

import fr.cellulepdp.model.commun.Libelle;

/** Life cycle of a meeting. */
public enum StatutSeance implements Libelle {
    PLANIFIEE("Planifiée"),
    OUVERTE("Ouverte"),
    CLOTUREE("Clôturée"),
    /** Cancelled before it was held: its requests went back to waiting, the convoked members were told. */
    ANNULEE("Annulée");

    private final String libelle;

    StatutSeance(String libelle) {
        this.libelle = libelle;
    }

    @Override
    public String libelle() {
        return libelle;
    }
}
