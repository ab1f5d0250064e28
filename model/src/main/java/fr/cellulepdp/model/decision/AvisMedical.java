package fr.cellulepdp.model.decision;

import fr.cellulepdp.model.commun.Libelle;

/** The medical service's opinion as it may appear outside the medical role: its direction only. */
public enum AvisMedical implements Libelle {
    FAVORABLE("Favorable"),
    DEFAVORABLE("Défavorable"),
    NON_RENDU("Non rendu");

    private final String libelle;

    AvisMedical(String libelle) {
        this.libelle = libelle;
    }

    @Override
    public String libelle() {
        return libelle;
    }
}
