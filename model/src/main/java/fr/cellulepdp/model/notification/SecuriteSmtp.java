package fr.cellulepdp.model.notification;

import fr.cellulepdp.model.commun.Libelle;

/** How the connection to the mail server is protected; none is allowed only for a server on this computer. */
public enum SecuriteSmtp implements Libelle {
    STARTTLS("STARTTLS"),
    SSL("SSL/TLS"),
    AUCUNE("Aucune (serveur local seulement)");

    private final String libelle;

    SecuriteSmtp(String libelle) {
        this.libelle = libelle;
    }

    @Override
    public String libelle() {
        return libelle;
    }
}
