package fr.cellulepdp.model.situation;

import fr.cellulepdp.model.commun.Libelle;

/** External partners a person's consent may cover. */
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
