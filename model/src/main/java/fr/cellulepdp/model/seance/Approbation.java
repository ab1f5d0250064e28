package fr.cellulepdp.model.seance;

import fr.cellulepdp.model.commun.Libelle;

/** What the meeting decided on the previous meeting's minutes. */
public enum Approbation implements Libelle {
    APPROUVE("approuvé"),
    APPROUVE_AVEC_MODIFICATIONS("approuvé avec modifications");

    private final String libelle;

    Approbation(String libelle) {
        this.libelle = libelle;
    }

    @Override
    public String libelle() {
        return libelle;
    }
}
