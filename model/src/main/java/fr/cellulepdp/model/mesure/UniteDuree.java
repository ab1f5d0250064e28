package fr.cellulepdp.model.mesure;

import fr.cellulepdp.model.commun.Libelle;

/** Unit in which a measure's length is counted. */
public enum UniteDuree implements Libelle {
    JOURS_OUVRABLES("jours ouvrables"),
    MOIS("mois"),
    HEURES("heures"),
    CONSULTATIONS("consultations"),
    JOURS("jours");

    private final String libelle;

    UniteDuree(String libelle) {
        this.libelle = libelle;
    }

    @Override
    public String libelle() {
        return libelle;
    }
}
