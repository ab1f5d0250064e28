package fr.cellulepdp.app.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The « Aide » menu: what « À propos » says, and the log folder opened for support. */
public final class ModeleAide {

    private final String version;
    private final String descriptionBase;
    private final Path dossierJournaux;
    private final OuvreurDossier ouvreur;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public ModeleAide(String version, String descriptionBase, Path dossierJournaux, OuvreurDossier ouvreur) {
        this.version = version;
        this.descriptionBase = descriptionBase;
        this.dossierJournaux = dossierJournaux;
        this.ouvreur = ouvreur;
    }

    public String texteAPropos() {
        return "Cellule PDP " + version
                + "\nApplication de la cellule locale de prévention de la désinsertion professionnelle."
                + "\nBase : " + descriptionBase
                + "\nJournaux : " + dossierJournaux;
    }

    /** Opens the log folder (created first if nothing was logged yet); the message says what happened. */
    public void ouvrirDossierJournaux() {
        message.set("");
        try {
            Files.createDirectories(dossierJournaux);
            ouvreur.ouvrir(dossierJournaux);
            message.set("Dossier des journaux ouvert : " + dossierJournaux);
        } catch (IOException | RuntimeException e) {
            message.set("Le dossier des journaux n’a pas pu être ouvert ; il se trouve ici : " + dossierJournaux);
        }
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }
}
