package fr.cellulepdp.model.situation;

import fr.cellulepdp.model.commun.Libelle;

/** Who referred the situation to the cell. */
public enum Origine implements Libelle {
    REQUETE_IJ_60J("Requête IJ 60 jours"),
    SERVICE_MEDICAL("Service médical"),
    MEDECIN_TRAVAIL("Médecin du travail"),
    MEDECIN_TRAITANT("Médecin traitant"),
    EMPLOYEUR("Employeur"),
    ASSURE("Assuré(e)"),
    CAP_EMPLOI("Cap Emploi"),
    AUTRE_PARTENAIRE("Autre partenaire");

    private final String libelle;

    Origine(String libelle) {
        this.libelle = libelle;
    }

    @Override
    public String libelle() {
        return libelle;
    }
}
