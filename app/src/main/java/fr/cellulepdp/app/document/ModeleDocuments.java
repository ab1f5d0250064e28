package fr.cellulepdp.app.document;

import fr.cellulepdp.app.ui.ModeleListe;
import fr.cellulepdp.app.ui.Tableaux;
import fr.cellulepdp.app.support.OuvreurDossier;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.Nombres;
import fr.cellulepdp.model.document.ConsulterDocuments;
import fr.cellulepdp.model.document.DocumentSeance;
import fr.cellulepdp.model.document.TypeDocument;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * View model of the Documents page: every document of the meetings the user may see, filtered by meeting and type,
 * the one selected, and the commands on it — open it, preview its first page, open its meeting's folder — enabled
 * only on a selection (the folder never offered to a partner). Files are read and opened in the background, through
 * the use case that checks the right; the opening itself is the system's (an edge, given by the caller).
 */
public final class ModeleDocuments {

    private final ConsulterDocuments documents;
    private final UtilisateurCourant utilisateur;
    private final ExecuteurTaches executeur;
    private final OuvreurDossier ouvreur;
    private final Consumer<Exception> erreur;
    private List<DocumentSeance> tous = List.of();
    private final ObservableList<DocumentSeance> lignes = FXCollections.observableArrayList();
    private final ObservableList<Integer> seances = FXCollections.observableArrayList();
    private final ObservableList<TypeDocument> types = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> seance = new SimpleObjectProperty<>();
    private final ObjectProperty<TypeDocument> type = new SimpleObjectProperty<>();
    private final ObjectProperty<DocumentSeance> selection = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper resume = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper selectionne = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper dossierPossible = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<BufferedImage> apercu = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper titreApercu = new ReadOnlyStringWrapper("");

    public ModeleDocuments(ConsulterDocuments documents, UtilisateurCourant utilisateur, ExecuteurTaches executeur,
                           OuvreurDossier ouvreur, Consumer<Exception> erreur) {
        this.documents = documents;
        this.utilisateur = utilisateur;
        this.executeur = executeur;
        this.ouvreur = ouvreur;
        this.erreur = erreur;
        seance.addListener((o, a, n) -> filtrer());
        type.addListener((o, a, n) -> filtrer());
        selectionne.bind(selection.isNotNull());
        dossierPossible.bind(Bindings.createBooleanBinding(() -> selection.get() != null && dossierVisible(),
                selection));
        selection.addListener((o, a, n) -> {
            if (!Objects.equals(a, n)) {
                apercu.set(null);
                titreApercu.set("");
            }
        });
    }

    /** Reads the documents again, keeping the filters (a filter left without rows falls back to « all »). */
    public void actualiser() {
        executeur.executer(() -> documents.lister(), lus -> {
            tous = lus;
            seances.setAll(lus.stream().map(DocumentSeance::numeroSeance).distinct().toList());
            types.setAll(lus.stream().map(DocumentSeance::type).distinct().sorted().toList());
            if (seance.get() != null && !seances.contains(seance.get())) {
                seance.set(null);
            }
            if (type.get() != null && !types.contains(type.get())) {
                type.set(null);
            }
            filtrer();
        }, erreur);
    }

    private void filtrer() {
        DocumentSeance avant = selection.get();
        lignes.setAll(tous.stream().filter(d -> seance.get() == null || d.numeroSeance() == seance.get())
                .filter(d -> type.get() == null || d.type() == type.get()).toList());
        selection.set(avant != null && lignes.contains(avant) ? avant : null);
        resume.set(ModeleListe.pluriel(lignes.size(), "document", "documents", "aucun document"));
    }

    /** « Ouvrir »: the file in the system's PDF reader. */
    public void ouvrir() {
        DocumentSeance choisi = selection.get();
        if (choisi != null) {
            executeur.executer(() -> {
                Path fichier = documents.fichier(choisi);
                ouvreur.ouvrir(fichier);
                return fichier;
            }, ouvert -> { }, erreur);
        }
    }

    /** « Aperçu »: the first page, rendered in the background. */
    public void apercevoir() {
        DocumentSeance choisi = selection.get();
        if (choisi != null) {
            executeur.executer(() -> PremierePage.rendre(documents.fichier(choisi)),
                    image -> {
                if (Objects.equals(selection.get(), choisi)) {
                    apercu.set(image);
                    titreApercu.set("Première page de « " + choisi.nom() + " »");
                }
            }, erreur);
        }
    }

    /** « Ouvrir le dossier »: the meeting's folder in the file manager. */
    public void ouvrirDossier() {
        DocumentSeance choisi = selection.get();
        if (choisi != null) {
            executeur.executer(() -> {
                Path dossier = documents.dossier(choisi.numeroSeance());
                ouvreur.ouvrir(dossier);
                return dossier;
            }, ouvert -> { }, erreur);
        }
    }

    /** « Séance n° 26 du 19/11/2026 » for the filter; « Toutes les séances » for none. */
    public String libelleSeance(Integer numero) {
        return numero == null ? "Toutes les séances" : tous.stream().filter(d -> d.numeroSeance() == numero)
                .findFirst().map(d -> "Séance n°\u00a0" + numero + " du " + Tableaux.texte(d.dateSeance()))
                .orElse("Séance n°\u00a0" + numero);
    }

    /** The table's cells: « 26 — 19/11/2026 », « 48 ko », « 19/11/2026 à 14:05 ». */
    public static String seance(DocumentSeance d) {
        return d.numeroSeance() + " — " + Tableaux.texte(d.dateSeance());
    }

    public static String taille(DocumentSeance d) {
        return Nombres.taille(d.taille());
    }

    public static String modifie(DocumentSeance d) {
        // Paris time, as every other time the window shows (a decision's, a letter's), whatever the computer's zone
        java.time.LocalDateTime le = java.time.LocalDateTime.ofInstant(d.modifie(),
                fr.cellulepdp.model.commun.Horloge.FUSEAU_PARIS);
        return Tableaux.texte(le.toLocalDate()) + " à " + Tableaux.texte(le.toLocalTime().withSecond(0).withNano(0));
    }

    /** The folder's button is shown to the members only: a partner has none to browse. */
    public boolean dossierVisible() {
        return utilisateur.utilisateur().role().estInterne();
    }

    public ObservableList<DocumentSeance> lignes() {
        return lignes;
    }

    /** The meetings that have documents, the most recent first, for the filter (null there: every meeting). */
    public ObservableList<Integer> seances() {
        return seances;
    }

    public ObservableList<TypeDocument> types() {
        return types;
    }

    public ObjectProperty<Integer> seanceProperty() {
        return seance;
    }

    public ObjectProperty<TypeDocument> typeProperty() {
        return type;
    }

    public ObjectProperty<DocumentSeance> selectionProperty() {
        return selection;
    }

    public ReadOnlyStringProperty resumeProperty() {
        return resume.getReadOnlyProperty();
    }

    /** « Ouvrir » and « Aperçu ». */
    public ReadOnlyBooleanProperty selectionneProperty() {
        return selectionne.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dossierPossibleProperty() {
        return dossierPossible.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BufferedImage> apercuProperty() {
        return apercu.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titreApercuProperty() {
        return titreApercu.getReadOnlyProperty();
    }
}
