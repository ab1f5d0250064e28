package fr.cellulepdp.app.document;

import fr.cellulepdp.app.ui.Dialogues;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.support.MessagesErreur;
import fr.cellulepdp.app.support.OuvreurDossier;
import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.document.CertificatSignature;
import fr.cellulepdp.model.document.DocumentProduit;
import fr.cellulepdp.model.seance.Seance;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ProgressBar;

/**
 * "Générer les documents": asks the certificate's password (or whether to go on unsigned when the cell has no
 * certificate), makes the meeting's pack in the background with a progress bar, writes it under the data folder's
 * "documents" and says where.
 */
public final class GenerationDocuments {

    static final String OUVRIR_DOSSIER = "Ouvrir le dossier";

    /**
     * What the generation uses, built in the wiring: the cell, the documents' use case (made when used, since it
     * reads this computer's signature and time-stamp settings), the data folder, the folder of the meetings'
     * documents and who acts.
     */
    public record CasDUsage(java.util.function.Supplier<Optional<Cellule>> cellule,
                            java.util.function.Supplier<fr.cellulepdp.model.document.GenererDocumentsSeance> generer,
                            Path dossierDonnees, Path racine,
                            fr.cellulepdp.model.cellule.UtilisateurCourant utilisateurCourant) {
    }

    private final CasDUsage cas;
    private final ExecuteurTaches executeur;
    private final Dialogues dialogues;
    private final javafx.beans.property.DoubleProperty progression;
    private final javafx.beans.property.BooleanProperty progressionVisible;
    private final java.util.concurrent.Executor filInterface;
    private final OuvreurDossier ouvreur;

    public GenerationDocuments(CasDUsage cas, ExecuteurTaches executeur, Dialogues dialogues,
                               ProgressBar progression) {
        this(cas, executeur, dialogues, progression.progressProperty(), progression.visibleProperty(),
                Platform::runLater, OuvreurDossier.systeme());
    }

    /**
     * @param filInterface where the progress reported by the background work is shown (the JavaFX thread)
     * @param ouvreur      shows the meeting's folder when asked at the end
     */
    GenerationDocuments(CasDUsage cas, ExecuteurTaches executeur, Dialogues dialogues,
                        javafx.beans.property.DoubleProperty progression,
                        javafx.beans.property.BooleanProperty progressionVisible,
                        java.util.concurrent.Executor filInterface, OuvreurDossier ouvreur) {
        this.cas = cas;
        this.executeur = executeur;
        this.dialogues = dialogues;
        this.progression = progression;
        this.progressionVisible = progressionVisible;
        this.filInterface = filInterface;
        this.ouvreur = ouvreur;
    }

    /** @param apres run once the pack is written (the meeting window reads its letters again) */
    public void generer(Seance seance, Runnable apres) {
        Optional<Cellule> cellule = cas.cellule().get();
        if (cellule.isEmpty()) {
            dialogues.erreur("Documents", "La cellule n'est pas renseignée : saisissez-la dans Paramètres › "
                    + "Cellule (ou Fichier › Mise en place de la cellule…).");
            return;
        }
        // letters that could be neither e-mailed nor posted are named first: the user may complete the addresses
        executeur.executer(() -> cas.generer().get().sansAdresse(seance.id()),
                manquantes -> {
                    if (manquantes.isEmpty() || dialogues.confirmer("Courriers sans adresse", manquantes.size()
                            + " courrier(s) ne pourront être ni envoyés ni postés, faute d’adresse :\n"
                            + String.join("\n", manquantes) + "\nIls seront produits et notés « Adresse manquante ». "
                            + "Produire les documents quand même ?")) {
                        signerEtProduire(cellule.get(), seance, apres);
                    }
                }, e -> dialogues.erreur("Documents", MessagesErreur.pourUtilisateur(e)));
    }

    private void signerEtProduire(Cellule cellule, Seance seance, Runnable apres) {
        Optional<CertificatSignature> certificat = Optional.empty();
        String chemin = cellule.certificatSignature();
        if (!chemin.isEmpty()) {
            Optional<char[]> motDePasse = dialogues.demanderMotDePasse("Signature des documents",
                    "Mot de passe du certificat de " + cellule.signataire() + " :");
            if (motDePasse.isEmpty()) {
                return;
            }
            try {
                certificat = Optional.of(CertificatChoisi.lire(Path.of(chemin), motDePasse.get(), cellule,
                        cas.dossierDonnees()));
            } catch (RuntimeException e) {
                dialogues.erreur("Documents", MessagesErreur.pourUtilisateur(e));
                return;
            }
        } else if (!dialogues.confirmer("Documents non signés", "Aucun certificat de signature n'est choisi dans "
                + "les paramètres. Produire les documents sans signature ?")) {
            return;
        }
        Optional<CertificatSignature> choisi = certificat;
        progression.set(0);
        progressionVisible.set(true);
        executeur.executer(() -> {
            List<DocumentProduit> documents;
            try (Atelier atelier = Atelier.ouvrir()) {
                documents = cas.generer().get().sur(atelier).generer(seance.id(),
                        choisi, (faits, total) -> filInterface.execute(
                                () -> progression.set(faits / (double) total)));
            }
            // the use case has written them to the archive, checked, before recording the letters
            return new Resultat(DossierDocuments.dossier(cas.racine(), seance.numero()),
                    documents.size(), documents.stream().filter(DocumentProduit::signe).count());
        }, resultat -> {
            progressionVisible.set(false);
            apres.run();
            if (dialogues.informerAvecAction("Documents produits", resultat.nombre() + " documents"
                    + (resultat.signes() == 0 ? " (non signés)" : ", dont " + resultat.signes() + " signés,")
                    + " dans " + resultat.dossier() + (seance.estCloturee() ? ""
                    : "\nLa séance n'est pas clôturée : seuls les ordres du jour sont produits."), OUVRIR_DOSSIER)) {
                ouvrirDossier(resultat.dossier());
            }
        }, e -> {
            progressionVisible.set(false);
            dialogues.erreur("Documents", MessagesErreur.pourUtilisateur(e));
        });
    }

    private void ouvrirDossier(Path dossier) {
        try {
            ouvreur.ouvrir(dossier);
        } catch (java.io.IOException e) {
            dialogues.erreur("Documents", "Le dossier ne s'ouvre pas (" + dossier + ") : "
                    + MessagesErreur.pourUtilisateur(e));
        }
    }

    private record Resultat(Path dossier, int nombre, long signes) {
    }
}
