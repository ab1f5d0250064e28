package fr.cellulepdp.model.notification;

import fr.cellulepdp.model.commun.Libelle;

/** Life cycle of a letter. */
public enum StatutNotification implements Libelle {
    GENEREE("Générée"),
    SIGNEE("Signée"),
    EN_ATTENTE_ENVOI("En attente d'envoi"),
    ENVOYEE("Envoyée"),
    ECHEC("Échec"),
    /** A letter to post with no usable postal address: it cannot be marked posted until the address is given. */
    ADRESSE_MANQUANTE("Adresse manquante");

    private final String libelle;

    StatutNotification(String libelle) {
        this.libelle = libelle;
    }

    @Override
    public String libelle() {
        return libelle;
    }

    /** Every status but sent (or posted), by name: the letters still to deal with, as the stores select them. */
    public static java.util.List<String> nonEnvoyes() {
        return java.util.Arrays.stream(values()).filter(statut -> statut != ENVOYEE).map(Enum::name).toList();
    }
}
