package fr.cellulepdp.model.notification;

import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import java.util.Set;
import java.util.stream.Collectors;

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

    /** The fingerprints of the letters sent: their files are never changed on disk. */
    public Set<String> envoyees() {
        autoriser();
        return stockage.notifications().findAll().stream().filter(n -> n.statut() == StatutNotification.ENVOYEE)
                .map(Notification::sha256).collect(Collectors.toSet());
    }

    /** The letters whose file was {@code ancien} now record {@code nouveau}, the file time-stamped. */
    public void remplacer(String ancien, String nouveau) {
        autoriser();
        stockage.transactions().runInTransaction(() -> stockage.notifications().findAll().stream()
                .filter(n -> n.sha256().equals(ancien))
                .forEach(n -> stockage.notifications().save(n.avecSha256(nouveau))));
    }

    private void autoriser() {
        Droits.coordinatrice(utilisateurCourant.utilisateur(), "horodatage", "complète l'horodatage des documents");
    }
}
