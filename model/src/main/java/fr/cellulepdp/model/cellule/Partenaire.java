package fr.cellulepdp.model.cellule;

import fr.cellulepdp.model.commun.Libelle;

/**
 * The partner organisations of the cell: the one a partner member represents, and those a person's consent may cover.
 * Here, below the files, because the members name it and the files read the members (decision record 0053).
 */
public enum Partenaire implements Libelle {
    SERVICE_PREVENTION_SANTE_TRAVAIL("Service de prévention et de santé au travail"),
    CAP_EMPLOI("Cap Emploi"),
    FRANCE_TRAVAIL("France Travail"),
    EMPLOYEUR("Employeur");

    private final String libelle;

    Partenaire(String libelle) {
        this.libelle = libelle;
    }

    @Override
    public String libelle() {
        return libelle;
    }
}
