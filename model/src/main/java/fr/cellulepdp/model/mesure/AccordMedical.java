package fr.cellulepdp.model.mesure;

import fr.cellulepdp.model.commun.Libelle;

/**
 * The agreements a measure may need before it starts: the doctors' and, for a temps partiel thérapeutique, the
 * employer's (seed 003; decision 0033). The employer's is not medical but is recorded and checked the same way; it
 * is asked only of a person who has an employer.
 */
public enum AccordMedical implements Libelle {
    MEDECIN_TRAITANT("Médecin traitant"),
    MEDECIN_CONSEIL("Médecin-conseil"),
    MEDECIN_TRAVAIL("Médecin du travail"),
    EMPLOYEUR("Employeur");

    private final String libelle;

    AccordMedical(String libelle) {
        this.libelle = libelle;
    }

    @Override
    public String libelle() {
        return libelle;
    }
}
