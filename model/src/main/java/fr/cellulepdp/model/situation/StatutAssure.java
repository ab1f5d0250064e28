package fr.cellulepdp.model.situation;

import fr.cellulepdp.model.commun.Libelle;

/** Occupational status of the insured person. */
public enum StatutAssure implements Libelle {
    SALARIE("Salarié(e)"),
    TRAVAILLEUR_INDEPENDANT("Travailleur indépendant"),
    DEMANDEUR_EMPLOI("Demandeur d'emploi"),
    INVALIDE_EN_ACTIVITE("Invalide en activité");

    private final String libelle;

    StatutAssure(String libelle) {
        this.libelle = libelle;
    }

    @Override
    public String libelle() {
        return libelle;
    }
}
