package fr.cellulepdp.model.notification;

import fr.cellulepdp.model.commun.Libelle;

/** Who a notification letter is addressed to. */
public enum Destinataire implements Libelle {
    ASSURE("Assuré(e)"),
    EMPLOYEUR("Employeur"),
    MEDECIN_TRAVAIL("Médecin du travail"),
    PRESCRIPTEUR("Prescripteur");

    private final String libelle;

    Destinataire(String libelle) {
        this.libelle = libelle;
    }

    @Override
    public String libelle() {
        return libelle;
    }
}
