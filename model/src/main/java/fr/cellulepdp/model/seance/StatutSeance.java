package fr.cellulepdp.model.seance;

import fr.cellulepdp.model.commun.Libelle;

/** Life cycle of a meeting. */
public enum StatutSeance implements Libelle {
    PLANIFIEE("Planifiée"),
    OUVERTE("Ouverte"),
    CLOTUREE("Clôturée");

    private final String libelle;

    StatutSeance(String libelle) {
        this.libelle = libelle;
    }

    @Override
    public String libelle() {
        return libelle;
    }
}
