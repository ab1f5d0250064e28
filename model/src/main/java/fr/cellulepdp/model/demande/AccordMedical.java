package fr.cellulepdp.model.demande;

import fr.cellulepdp.model.commun.Libelle;

/** Medical agreements a measure may need. */
public enum AccordMedical implements Libelle {
    MEDECIN_TRAITANT("Médecin traitant"),
    MEDECIN_CONSEIL("Médecin-conseil"),
    MEDECIN_TRAVAIL("Médecin du travail");

    private final String libelle;

    AccordMedical(String libelle) {
        this.libelle = libelle;
    }

    @Override
    public String libelle() {
        return libelle;
    }
}
