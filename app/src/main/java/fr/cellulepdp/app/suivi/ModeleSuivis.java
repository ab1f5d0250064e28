package fr.cellulepdp.app.suivi;

import fr.cellulepdp.app.ui.ModeleListe;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.Nombres;
import fr.cellulepdp.model.suivi.SuivreSuivis;
import fr.cellulepdp.model.suivi.SuivreSuivis.LigneSuivi;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * View model of the Suivis page: the follow-ups filtered by the member responsible (null for every member) and,
 * on request, the done ones; changing a filter reads them again. « Marquer comme réalisé… » is enabled on a chosen
 * follow-up still to do, for an internal member (a partner only reads).
 */
public final class ModeleSuivis {

    private final SuivreSuivis suivis;
    private final Callable<List<Membre>> membres;
    private final UtilisateurCourant utilisateur;
    private final Horloge horloge;
    private final ExecuteurTaches executeur;
    private final Consumer<Exception> erreur;
    private final ModeleListe<LigneSuivi> liste;
    private final ObjectProperty<Membre> responsable = new SimpleObjectProperty<>();
    private final BooleanProperty avecRealises = new SimpleBooleanProperty(false);
    /** The active members by name, after a null entry standing for « Tous les membres ». */
    private final ObservableList<Membre> responsables = FXCollections.observableArrayList();
    private final ObjectProperty<LigneSuivi> choisie = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper realisable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper vide = new ReadOnlyStringWrapper();
    /** Taken on the JavaFX thread, read by the background reading. */
    private volatile UUID responsableLu;
    private volatile boolean realisesLus;
    private final int parPage;
    /** Whether more follow-ups match after the last page read (then the count is « more than »). */
    private volatile boolean davantage;

    /**
     * @param membres reads the cell's members (the active ones are offered as filter)
     */
    public ModeleSuivis(SuivreSuivis suivis, Callable<List<Membre>> membres, UtilisateurCourant utilisateur,
                        Horloge horloge, ExecuteurTaches executeur, Consumer<Exception> erreur) {
        this(suivis, membres, utilisateur, horloge, executeur, erreur, SuivreSuivis.SUIVIS_PAR_PAGE);
    }

    /** With pages of about {@code parPage} follow-ups (whole due dates). */
    ModeleSuivis(SuivreSuivis suivis, Callable<List<Membre>> membres, UtilisateurCourant utilisateur,
                 Horloge horloge, ExecuteurTaches executeur, Consumer<Exception> erreur, int parPage) {
        this.suivis = suivis;
        this.membres = membres;
        this.utilisateur = utilisateur;
        this.horloge = horloge;
        this.executeur = executeur;
        this.erreur = erreur;
        this.parPage = parPage;
        this.liste = new ModeleListe<>(executeur, () -> lire(null, 0), n -> compte(n, davantage), erreur);
        responsables.add(null);
        responsable.addListener((o, a, n) -> lireLesSuivis());
        avecRealises.addListener((o, a, n) -> lireLesSuivis());
        vide.bind(Bindings.createStringBinding(() -> vide(avecRealises.get(), responsable.get() != null),
                avecRealises, responsable));
        realisable.bind(Bindings.createBooleanBinding(() -> choisie.get() != null && !choisie.get().realise()
                && utilisateur.utilisateur().role().estInterne(), choisie));
    }

    /** Reads the follow-ups with the filters as set now, and the members offered as filter. */
    public void actualiser() {
        lireLesSuivis();
        executeur.executer(() -> membres.call().stream().filter(Membre::actif)
                .sorted(Comparator.comparing(Membre::nom)).toList(), actifs -> {
                    List<Membre> connus = responsables.stream().filter(Objects::nonNull).toList();
                    if (!connus.equals(actifs)) {
                        Membre choisi = responsable.get();
                        List<Membre> offerts = new ArrayList<>();
                        offerts.add(null);
                        offerts.addAll(actifs);
                        responsables.setAll(offerts);
                        // the choice survives the new list (its member may have been edited or deactivated)
                        responsable.set(choisi == null ? null : actifs.stream().filter(m -> m.id().equals(choisi.id()))
                                .findFirst().orElse(null));
                    }
                }, erreur);
    }

    /** A page: the follow-ups due after {@code apres}, counted after the {@code dejaLues} rows shown above it. */
    private ModeleListe.Lignes<LigneSuivi> lire(java.time.LocalDate apres, int dejaLues) {
        SuivreSuivis.PageSuivis page = suivis.suite(responsableLu, realisesLus, apres, parPage);
        davantage = page.davantage();
        return new ModeleListe.Lignes<>(page.lignes(), dejaLues + page.lignes().size());
    }

    /**
     * The last row is on screen: reads the next page, the follow-ups due after its due date, if more match and no
     * reading is under way (the view calls this for every showing of the last row).
     */
    public void finAtteinte() {
        List<LigneSuivi> lignes = liste.lignes();
        if (!davantage || lignes.isEmpty() || liste.chargementProperty().get()) {
            return;
        }
        java.time.LocalDate apres = lignes.get(lignes.size() - 1).echeance();
        int dejaLues = lignes.size();
        liste.ajouter(() -> lire(apres, dejaLues));
    }

    /**
     * « plus de 200 suivis (les 200 premiers par échéance affichés, la suite en faisant défiler) » while more
     * follow-ups match than are shown, the exact number once the last one is.
     */
    static String compte(long lus, boolean davantage) {
        return davantage ? "plus de " + Nombres.entier(lus) + " suivis (les " + Nombres.entier(lus)
                + " premiers par échéance affichés, la suite en faisant défiler)"
                : ModeleListe.pluriel(lus, "suivi", "suivis", "aucun suivi");
    }

    /** What the empty table says: which follow-ups there are none of, with the filters as set. */
    static String vide(boolean avecRealises, boolean unResponsable) {
        String quels = avecRealises ? "Aucun suivi, à faire ou réalisé" : "Aucun suivi à faire";
        return quels + (!unResponsable ? "." : avecRealises ? ", pour ce membre." : " pour ce membre.");
    }

    /** The empty table's text, following the filters. */
    public ReadOnlyStringProperty videProperty() {
        return vide.getReadOnlyProperty();
    }

    private void lireLesSuivis() {
        Membre m = responsable.get();
        responsableLu = m == null ? null : m.id();
        realisesLus = avecRealises.get();
        liste.actualiser();
    }

    /**
     * « Marquer comme réalisé… » on this follow-up: the dialog's model, or empty when there is nothing to mark (done
     * already, or a partner).
     */
    public java.util.Optional<ModeleSuiviRealise> marquerRealise(LigneSuivi ligne) {
        if (ligne == null || ligne.realise() || !utilisateur.utilisateur().role().estInterne()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new ModeleSuiviRealise(suivis, horloge.aujourdhui(), executeur,
                ligne));
    }

    public ModeleListe<LigneSuivi> liste() {
        return liste;
    }

    public ObjectProperty<Membre> responsableProperty() {
        return responsable;
    }

    public BooleanProperty avecRealisesProperty() {
        return avecRealises;
    }

    public ObservableList<Membre> responsables() {
        return responsables;
    }

    public ObjectProperty<LigneSuivi> choisieProperty() {
        return choisie;
    }

    public ReadOnlyBooleanProperty realisableProperty() {
        return realisable.getReadOnlyProperty();
    }
}
