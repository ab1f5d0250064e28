package fr.cellulepdp.model.importation;

import fr.cellulepdp.model.commun.Libelle;

/** What the import will do with one row. */
public enum ClasseLigne implements Libelle {
    NOUVELLE("Nouvelle situation"),
    DEJA_SUIVIE("Déjà suivie"),
    ERREUR("Erreur");

    private final String libelle;

    ClasseLigne(String libelle) {
        this.libelle = libelle;
    }

    @Override
    public String libelle() {
        return libelle;
    }
}
