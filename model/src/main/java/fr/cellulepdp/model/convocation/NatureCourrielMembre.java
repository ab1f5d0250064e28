package fr.cellulepdp.model.convocation;

import fr.cellulepdp.model.commun.Libelle;

/** What an e-mail to a member of the cell carries. */
public enum NatureCourrielMembre implements Libelle {
    CONVOCATION("Convocation"),
    ANNULATION("Annulation"),
    PROCES_VERBAL("Procès-verbal"),
    EXTRAIT_PROCES_VERBAL("Extrait du procès-verbal");

    private final String libelle;

    NatureCourrielMembre(String libelle) {
        this.libelle = libelle;
    }

    @Override
    public String libelle() {
        return libelle;
    }

    /** A convocation or its cancellation: a calendar entry, numbered by its SEQUENCE. */
    public boolean calendrier() {
        return this == CONVOCATION || this == ANNULATION;
    }
}
