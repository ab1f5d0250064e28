package fr.cellulepdp.app.signature;

import fr.cellulepdp.app.document.DossierDocuments;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.support.MessagesErreur;
import fr.cellulepdp.app.document.Contresignature;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.document.EmplacementSignature;
import fr.cellulepdp.model.seance.ConsulterSeance;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.reports.signature.SignaturePades;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The secretary of a closed meeting signs its minutes himself, logged in under his own account, with his own
 * certificate: the view model of « Signer le procès-verbal… » (the checks are the countersigning's own — the frame
 * names the member logged in, the certificate is issued to him — and the audit trail records it).
 */
public final class ModeleContresignature {

    private final Contresignature contresignature;
    private final ConsulterSeance consulterSeance;
    private final Path dossierDocuments;
    private final UtilisateurCourant utilisateurCourant;
    private final ExecuteurTaches executeur;
    private final UUID seanceId;
    private final BooleanProperty possible = new SimpleBooleanProperty(false);
    private final BooleanProperty enCours = new SimpleBooleanProperty(false);
    private final StringProperty etat = new SimpleStringProperty("");
    private final ObjectProperty<Path> certificat = new SimpleObjectProperty<>();
    private final StringProperty motDePasse = new SimpleStringProperty("");

    public ModeleContresignature(Contresignature contresignature, ConsulterSeance consulterSeance,
            Path dossierDocuments, UtilisateurCourant utilisateurCourant, ExecuteurTaches executeur, UUID seanceId) {
        this.contresignature = contresignature;
        this.consulterSeance = consulterSeance;
        this.dossierDocuments = dossierDocuments;
        this.utilisateurCourant = utilisateurCourant;
        this.executeur = executeur;
        this.seanceId = seanceId;
    }

    /** Whether the member logged in may sign the minutes now, and why not otherwise. */
    public void actualiser() {
        executeur.executer(this::constat, c -> {
            possible.set(c.possible());
            etat.set(c.texte());
        }, e -> {
            possible.set(false);
            etat.set(MessagesErreur.pourUtilisateur(e));
        });
    }

    /** Signs the minutes with the certificate and password given; the state says how it went. */
    public void signer() {
        Path fichier = certificat.get();
        if (fichier == null) {
            etat.set("Choisissez votre certificat (fichier .p12 ou .pfx).");
            return;
        }
        char[] secret = motDePasse.get().toCharArray();
        enCours.set(true);
        executeur.executer(() -> contresignature.signer(procesVerbal(),
                Files.readAllBytes(fichier), secret), (EmplacementSignature cadre) -> {
                    enCours.set(false);
                    motDePasse.set("");
                    possible.set(false);
                    etat.set("Procès-verbal signé dans le cadre de " + cadre.signataire() + ".");
                }, e -> {
                    enCours.set(false);
                    etat.set(MessagesErreur.pourUtilisateur(e));
                });
    }

    private record Constat(boolean possible, String texte) {
    }

    private Constat constat() throws java.io.IOException {
        Seance seance = consulterSeance.seance(seanceId);
        if (!seance.estCloturee()) {
            return new Constat(false, "La séance n'est pas clôturée : son procès-verbal n'est pas encore produit.");
        }
        if (!Objects.equals(seance.secretaireId(), utilisateurCourant.utilisateur().membreId())) {
            return new Constat(false, "Seul le secrétaire de séance signe ici le procès-verbal, connecté sous son "
                    + "propre compte.");
        }
        Path pv = procesVerbal();
        if (!Files.isRegularFile(pv)) {
            return new Constat(false, "Le procès-verbal n'est pas encore produit : la coordinatrice le génère "
                    + "(Générer les documents…).");
        }
        List<EmplacementSignature> libres = new SignaturePades().emplacementsLibres(Files.readAllBytes(pv));
        if (libres.isEmpty()) {
            return new Constat(false, "Le procès-verbal est déjà signé par tous ses signataires.");
        }
        if (libres.size() > 1) {
            return new Constat(false, "Le procès-verbal attend d'abord la signature de " + libres.get(0).signataire()
                    + ".");
        }
        return new Constat(true, "Le procès-verbal attend votre signature (" + libres.get(0).signataire() + ").");
    }

    private Path procesVerbal() {
        Seance seance = consulterSeance.seance(seanceId);
        return DossierDocuments.dossier(dossierDocuments, seance.numero()).resolve("03-proces-verbal.pdf");
    }

    public BooleanProperty possibleProperty() {
        return possible;
    }

    public BooleanProperty enCoursProperty() {
        return enCours;
    }

    public StringProperty etatProperty() {
        return etat;
    }

    public ObjectProperty<Path> certificatProperty() {
        return certificat;
    }

    public StringProperty motDePasseProperty() {
        return motDePasse;
    }
}
