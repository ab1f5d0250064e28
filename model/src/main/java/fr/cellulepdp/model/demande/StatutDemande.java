package fr.cellulepdp.model.demande;

import fr.cellulepdp.model.commun.Libelle;

/** Life cycle of a request. */
public enum StatutDemande implements Libelle {
    A_ETUDIER("À étudier"),
    INSCRITE("Inscrite à l'ordre du jour"),
    DECIDEE("Décidée"),
    RETIREE("Retirée");

    private final String libelle;

    StatutDemande(String libelle) {
        this.libelle = libelle;
    }

    @Override
    public String libelle() {
        return libelle;
    }
}
