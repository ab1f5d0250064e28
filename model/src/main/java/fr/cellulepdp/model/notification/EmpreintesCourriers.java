package fr.cellulepdp.model.notification;

import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.UtilisateurCourant;

/**
 * Use case: the letters' recorded fingerprints (SHA-256 of their file) as the documents signed offline get their
 * time-stamp: a letter sent keeps its file as its recipient holds it, one not sent yet records its file's new
 * fingerprint. The coordinatrice's, like the sending itself.
 */
public final class EmpreintesCourriers {

    private final StockageNotifications stockage;
    private final UtilisateurCourant utilisateurCourant;

    public EmpreintesCourriers(StockageNotifications stockage, UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.utilisateurCourant = utilisateurCourant;
    }

    /**
     * Whether a letter of this file (its fingerprint) was sent: its file is then never changed on disk. Read along
     * the index of the fingerprints, for each document waiting for its time-stamp (not every letter of ten years,
     * every two minutes).
     */
    public boolean envoyee(String sha256) {
        autoriser();
        return stockage.notifications().parEmpreinte(sha256).stream()
                .anyMatch(n -> n.statut() == StatutNotification.ENVOYEE);
    }

    /** The letters whose file was {@code ancien} now record {@code nouveau}, the file time-stamped. */
    public void remplacer(String ancien, String nouveau) {
        autoriser();
        stockage.transactions().runInTransaction(() -> stockage.notifications().parEmpreinte(ancien)
                .forEach(n -> stockage.notifications().save(n.avecSha256(nouveau))));
    }

    private void autoriser() {
        Droits.coordinatrice(utilisateurCourant.utilisateur(), "horodatage", "complète l'horodatage des documents");
    }
}
