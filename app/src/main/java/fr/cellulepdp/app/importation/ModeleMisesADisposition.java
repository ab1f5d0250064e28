package fr.cellulepdp.app.importation;

import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.support.MessagesErreur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.importation.LigneMiseADisposition;
import fr.cellulepdp.model.importation.ProduireMisesADisposition;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * View model of the Situations page's « courriers de mise à disposition » bar: how many situations of the IJ 60
 * days list have no letter yet and how many letters wait to be posted; produce them (never twice), gather those to
 * post in one PDF, mark them posted. Each command goes through the use case, which checks the user's right.
 */
public final class ModeleMisesADisposition {

    private final ProduireMisesADisposition misesADisposition;
    private final CourriersMiseADisposition courriers;
    private final UtilisateurCourant utilisateurCourant;
    private final ExecuteurTaches executeur;
    private final ObservableList<LigneMiseADisposition> situations = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper etat = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper aProduire = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper aPoster = new ReadOnlyBooleanWrapper(false);

    public ModeleMisesADisposition(ProduireMisesADisposition misesADisposition, CourriersMiseADisposition courriers,
                                   UtilisateurCourant utilisateurCourant, ExecuteurTaches executeur) {
        this.misesADisposition = misesADisposition;
        this.courriers = courriers;
        this.utilisateurCourant = utilisateurCourant;
        this.executeur = executeur;
    }

    private record Lecture(List<LigneMiseADisposition> lignes, int aPoster) {
    }

    public void actualiser() {
        if (utilisateurCourant.utilisateur().role() == fr.cellulepdp.model.cellule.Role.PARTENAIRE) {
            return; // a partner reads no identified file: nothing to count for them
        }
        executeur.executer(() -> new Lecture(misesADisposition.situations(),
                misesADisposition.nombreAPoster()), lecture -> {
                    situations.setAll(lecture.lignes());
                    long nouvelles = lecture.lignes().stream().filter(l -> l.courrier().isEmpty()).count();
                    aProduire.set(nouvelles > 0);
                    aPoster.set(lecture.aPoster() > 0);
                    etat.set("Liste IJ 60 jours : " + (nouvelles == 0 ? "aucune situation sans courrier de mise à "
                            + "disposition" : nouvelles + " situation(s) sans courrier de mise à disposition")
                            + (lecture.aPoster() == 0 ? "." : " ; " + lecture.aPoster() + " courrier(s) à poster."));
                }, e -> etat.set(MessagesErreur.pourUtilisateur(e)));
    }

    /** Produces the letter of every situation of the list that has none yet. */
    public void produire() {
        executeur.executer(() -> courriers.produire(null), produits -> {
            message.set(produits.size() + " courrier(s) de mise à disposition produit(s) dans « "
                    + courriers.dossier() + " », à imprimer et poster.");
            actualiser();
        }, e -> message.set(MessagesErreur.refus("Courriers non produits", e)));
    }

    /** Gathers the letters to post in one PDF. */
    public void imprimer() {
        executeur.executer(() -> courriers.aPoster(), fichier -> message.set(fichier
                .map(f -> "Courriers à poster réunis dans « " + f + " ».")
                .orElse("Aucun courrier de mise à disposition à poster.")),
                e -> message.set(MessagesErreur.refus("Impression refusée", e)));
    }

    public void marquerPostes() {
        executeur.executer(() -> courriers.marquerPostes(), n -> {
            message.set(n + " courrier(s) de mise à disposition marqué(s) posté(s).");
            actualiser();
        }, e -> message.set(MessagesErreur.refus("Courriers non marqués", e)));
    }

    /**
     * Whether the letters' commands (produce, print, mark posted) are offered: they are the coordinatrice's, the
     * other internal members read the list's state only (a button that can only be refused is not shown).
     */
    public boolean commandesOffertes() {
        return utilisateurCourant.utilisateur().role() == fr.cellulepdp.model.cellule.Role.COORDINATRICE;
    }

    /** The situations of the list, each with its letter (file, date produced, date posted) when it has one. */
    public ObservableList<LigneMiseADisposition> situations() {
        return situations;
    }

    public ReadOnlyStringProperty etatProperty() {
        return etat.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty aProduireProperty() {
        return aProduire.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty aPosterProperty() {
        return aPoster.getReadOnlyProperty();
    }
}
