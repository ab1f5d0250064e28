package fr.cellulepdp.model.situation;

import fr.cellulepdp.model.commun.Libelle;

/** Sex as recorded by the NIR registry. */
public enum Sexe implements Libelle {
    FEMININ("Féminin"),
    MASCULIN("Masculin");

    private final String libelle;

    Sexe(String libelle) {
        this.libelle = libelle;
    }

    @Override
    public String libelle() {
        return libelle;
    }
}
