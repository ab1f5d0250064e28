package fr.cellulepdp.model.situation;

import fr.cellulepdp.model.commun.Libelle;

/** Life cycle of a PDP file. */
public enum StatutSituation implements Libelle {
    OUVERTE("Ouverte"),
    SUIVIE("Suivie"),
    CLOTUREE("Clôturée");

    private final String libelle;

    StatutSituation(String libelle) {
        this.libelle = libelle;
    }

    @Override
    public String libelle() {
        return libelle;
    }
}
