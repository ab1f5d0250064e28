package fr.cellulepdp.model.cellule;

import fr.cellulepdp.model.commun.Libelle;

/** What a member may do in the application (DESIGN.md §2). */
public enum Role implements Libelle {
    COORDINATRICE("Coordinatrice"),
    REFERENT_SOCIAL("Référent social"),
    REFERENT_MEDICAL("Référent médical"),
    REFERENT_ADMINISTRATIF("Référent administratif"),
    PARTENAIRE("Partenaire");

    private final String libelle;

    Role(String libelle) {
        this.libelle = libelle;
    }

    @Override
    public String libelle() {
        return libelle;
    }

    /** Internal members see identified data; partners see pseudonymised data only. */
    public boolean estInterne() {
        return this != PARTENAIRE;
    }

    /** Who creates and changes situations, persons and requests (DESIGN.md §2). */
    public boolean ecritDossiers() {
        return this == COORDINATRICE || this == REFERENT_SOCIAL || this == REFERENT_MEDICAL;
    }

    /** Only the medical référents read the medical opinion written on a file (DESIGN.md §2). */
    public boolean litAvisMedical() {
        return this == REFERENT_MEDICAL;
    }
}
