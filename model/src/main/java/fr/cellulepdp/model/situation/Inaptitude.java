package fr.cellulepdp.model.situation;

import fr.cellulepdp.model.commun.Libelle;

/**
 * What the occupational doctor has said of the person's fitness for their job: the CRPE is open to a person declared
 * unfit or whose risk of unfitness the médecin du travail has stated (art. L5213-3-1 code du travail).
 */
public enum Inaptitude implements Libelle {
    AUCUNE("Rien de signalé"),
    RISQUE("Risque d’inaptitude signalé par le médecin du travail"),
    DECLAREE("Inaptitude déclarée par le médecin du travail");

    private final String libelle;

    Inaptitude(String libelle) {
        this.libelle = libelle;
    }

    @Override
    public String libelle() {
        return libelle;
    }
}
