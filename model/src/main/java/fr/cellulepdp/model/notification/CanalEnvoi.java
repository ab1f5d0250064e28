package fr.cellulepdp.model.notification;

import fr.cellulepdp.model.commun.Libelle;

/** How a letter is delivered. */
public enum CanalEnvoi implements Libelle {
    EMAIL("Courriel"),
    COURRIER("Courrier postal");

    private final String libelle;

    CanalEnvoi(String libelle) {
        this.libelle = libelle;
    }

    @Override
    public String libelle() {
        return libelle;
    }
}
