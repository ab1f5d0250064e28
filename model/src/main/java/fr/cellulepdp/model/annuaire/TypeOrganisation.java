package fr.cellulepdp.model.annuaire;

import fr.cellulepdp.model.commun.Libelle;

/** What an organisation of the cell's directory is to the cell: where letters, copies and partners come from. */
public enum TypeOrganisation implements Libelle {
    SANTE_TRAVAIL("Service de prévention et de santé au travail (SPSTI)"),
    CAP_EMPLOI("Cap Emploi"),
    FRANCE_TRAVAIL("France Travail"),
    PRESCRIPTEUR("Prescripteur"),
    RECOURS("Voie de recours (commission de recours amiable…)"),
    /** The commission médicale de recours amiable: since 2022 the first route of a dispute on medical grounds. */
    RECOURS_MEDICAL("Recours médical (commission médicale de recours amiable)"),
    PROTECTION_DONNEES("Délégué à la protection des données"),
    AUTRE("Autre organisme");

    private final String libelle;

    TypeOrganisation(String libelle) {
        this.libelle = libelle;
    }

    @Override
    public String libelle() {
        return libelle;
    }
}
