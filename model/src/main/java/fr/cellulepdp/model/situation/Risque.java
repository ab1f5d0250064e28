package fr.cellulepdp.model.situation;

import fr.cellulepdp.model.commun.Libelle;

/** The risk covering the sick leave. */
public enum Risque implements Libelle {
    MALADIE("Maladie"),
    ACCIDENT_TRAVAIL("Accident du travail"),
    MALADIE_PROFESSIONNELLE("Maladie professionnelle"),
    INVALIDITE("Invalidité");

    private final String libelle;

    Risque(String libelle) {
        this.libelle = libelle;
    }

    @Override
    public String libelle() {
        return libelle;
    }
}
