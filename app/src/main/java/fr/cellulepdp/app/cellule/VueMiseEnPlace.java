package fr.cellulepdp.app.cellule;

import fr.cellulepdp.app.annuaire.VueAnnuaire;
import fr.cellulepdp.app.cellule.ModeleMiseEnPlace.Etape;
import fr.cellulepdp.app.ui.Dialogues;
import java.util.EnumMap;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The set-up's window: the steps always listed on the left, each with what it holds and a mark once done, the
 * chosen step in the middle, and the buttons to go back, on (or skip) and close. Lays out and binds
 * {@link ModeleMiseEnPlace}.
 */
public final class VueMiseEnPlace extends BorderPane {

    /** The width of a step's text in the list of steps. */
    private static final double LARGEUR_ETAPE = 200;

    private final Map<Etape, Node> vues = new EnumMap<>(Etape.class);
    private static final PseudoClass CHOISIE = PseudoClass.getPseudoClass("selected");

    private final Map<Etape, VBox> cartes = new EnumMap<>(Etape.class);
    private final ScrollPane centre = new ScrollPane();
    private final Button suivante = new Button();
    private Runnable fermer = () -> { };

    public VueMiseEnPlace(ModeleMiseEnPlace modele, Dialogues dialogues) {
        setId("mise-en-place");
        vues.put(Etape.CELLULE, etape("La cellule : son identité sur les documents et le signataire des courriers.",
                new VueCellule(modele.cellule(), dialogues)));
        vues.put(Etape.MA_FICHE, new VueMaFiche(modele.maFiche()));
        vues.put(Etape.MEMBRES, etape("Les membres de la cellule : les séances les convoquent et le quorum se compte "
                + "avec eux (par défaut, la coordinatrice ou sa suppléante, un référent médical et un référent "
                + "social). Leurs comptes se créent ensuite dans Paramètres › Comptes.", new VueMembres(modele.membres(),
                dialogues)));
        vues.put(Etape.ANNUAIRE, etape("Les organismes avec lesquels la cellule travaille : services de santé au "
                + "travail, Cap Emploi, France Travail, prescripteurs, voies de recours, délégué à la protection des "
                + "données. Les demandes proposent ces prescripteurs.", new VueAnnuaire(modele.annuaire())));

        Label titre = new Label("Mise en place de la cellule");
        titre.getStyleClass().add("titre-page");
        Label aide = new Label("Quatre étapes, dans l'ordre de votre choix : chacune s'enregistre à part, vous pouvez "
                + "en passer une et y revenir plus tard (Fichier › Mise en place de la cellule…, ou Paramètres).");
        aide.setWrapText(true);
        VBox haut = new VBox(4, titre, aide);
        haut.setPadding(new Insets(16, 20, 8, 20));
        setTop(haut);
        setLeft(etapes(modele));
        centre.setId("etape-mise-en-place");
        centre.setFitToWidth(true);
        fr.cellulepdp.app.ui.DefilementSuitFocus.appliquer(centre);
        centre.setPadding(new Insets(4, 16, 8, 16));
        setCenter(centre);
        setBottom(boutons(modele));
        modele.couranteProperty().addListener((o, avant, etape) -> montrer(etape));
        montrer(modele.couranteProperty().get());
    }

    private static VBox etape(String explication, Node vue) {
        Label texte = new Label(explication);
        texte.setWrapText(true);
        texte.setMinHeight(Region.USE_PREF_SIZE);
        VBox etape = new VBox(10, texte, vue);
        etape.setPadding(new Insets(10, 0, 0, 0));
        return etape;
    }

    private VBox etapes(ModeleMiseEnPlace modele) {
        VBox liste = new VBox(6);
        liste.setId("etapes-mise-en-place");
        liste.getStyleClass().add("etapes-mise-en-place");
        liste.setPadding(new Insets(12, 10, 12, 14));
        liste.setPrefWidth(LARGEUR_ETAPE + 44);
        liste.setMinWidth(Region.USE_PREF_SIZE);
        for (Etape etape : Etape.values()) {
            Label nom = new Label((etape.ordinal() + 1) + ". " + etape.libelle());
            nom.getStyleClass().add("nom-etape");
            nom.setWrapText(true);
            nom.setMinHeight(Region.USE_PREF_SIZE);
            Label etat = new Label();
            etat.setId("etat-etape-" + etape.name());
            etat.getStyleClass().add("etat-etape");
            etat.setWrapText(true);
            etat.setMinHeight(Region.USE_PREF_SIZE);
            etat.textProperty().bind(modele.etatProperty(etape));
            FontIcon marque = new FontIcon(MaterialDesignC.CHECK_CIRCLE);
            marque.getStyleClass().add("etape-faite");
            marque.visibleProperty().bind(modele.faiteProperty(etape));
            BorderPane ligne = new BorderPane(nom, null, marque, null, null);
            BorderPane.setAlignment(nom, Pos.CENTER_LEFT);
            // a card rather than a toggle button: wrapped labels in a button's graphic get their height wrong
            VBox carte = new VBox(2, ligne, etat);
            carte.setId("etape-" + etape.name());
            carte.getStyleClass().add("entree-etape");
            carte.setFocusTraversable(true);
            // a card is no control: a screen reader is told it acts as a button, its step, its state, and once done
            carte.setAccessibleRole(javafx.scene.AccessibleRole.BUTTON);
            carte.accessibleTextProperty().bind(javafx.beans.binding.Bindings.concat(nom.textProperty(), " : ",
                    etat.textProperty(), javafx.beans.binding.Bindings.when(modele.faiteProperty(etape))
                            .then(" (étape faite)").otherwise("")));
            carte.setOnMouseClicked(e -> {
                carte.requestFocus();
                modele.aller(etape);
            });
            carte.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                    modele.aller(etape);
                }
            });
            cartes.put(etape, carte);
            liste.getChildren().add(carte);
        }
        return liste;
    }

    private HBox boutons(ModeleMiseEnPlace modele) {
        Button precedente = new Button("‹ Étape précédente");
        precedente.setId("etape-precedente");
        precedente.setOnAction(e -> modele.precedente());
        precedente.disableProperty().bind(modele.couranteProperty().isEqualTo(Etape.CELLULE));
        suivante.setId("etape-suivante");
        suivante.getStyleClass().add("bouton-principal");
        suivante.textProperty().bind(modele.libelleSuivante());
        suivante.setOnAction(e -> {
            if (!modele.suivante()) {
                fermer.run();
            }
        });
        Button fermerBouton = new Button("Fermer (reprendre plus tard)");
        fermerBouton.setId("fermer-mise-en-place");
        fermerBouton.setOnAction(e -> fermer.run());
        Label termine = new Label("Tout est en place : la cellule peut planifier ses séances.");
        termine.setId("mise-en-place-terminee");
        termine.visibleProperty().bind(modele.termineeProperty());
        Region espace = new Region();
        HBox.setHgrow(espace, Priority.ALWAYS);
        HBox barre = new HBox(10, termine, espace, precedente, suivante, fermerBouton);
        barre.setAlignment(Pos.CENTER_LEFT);
        barre.setPadding(new Insets(10, 20, 14, 20));
        barre.getStyleClass().add("barre-mise-en-place");
        return barre;
    }

    private void montrer(Etape etape) {
        centre.setContent(vues.get(etape));
        centre.setVvalue(0);
        // the cursor in the step's first field: typed blind, the cell's name went to the list of steps, whose
        // Space and Tab moved to another step without a word
        javafx.application.Platform.runLater(() -> fr.cellulepdp.app.ui.BoutonsDialogue.premierChamp(vues.get(etape))
                .ifPresent(Node::requestFocus));
        cartes.forEach((autre, carte) -> carte.pseudoClassStateChanged(CHOISIE, autre == etape));
    }

    /**
     * Opens the set-up in its own window over {@code proprietaire}, reads every step and shows the first one to do;
     * {@code apres} runs when it is closed (the main window reads its pages again).
     */
    public static Stage ouvrir(ModeleMiseEnPlace modele, Dialogues dialogues, Window proprietaire, Runnable apres) {
        VueMiseEnPlace vue = new VueMiseEnPlace(modele, dialogues);
        Stage fenetre = new Stage();
        fenetre.setTitle("Cellule PDP — mise en place de la cellule");
        if (proprietaire != null) {
            fenetre.initOwner(proprietaire);
            fenetre.initModality(Modality.WINDOW_MODAL);
        }
        Rectangle2D ecran = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(vue, Math.min(1180, ecran.getWidth() - 40), Math.min(800, ecran.getHeight() - 40));
        scene.getStylesheets().add(VueMiseEnPlace.class.getResource("/fr/cellulepdp/app/ui/cellule-pdp.css")
                .toExternalForm());
        fenetre.setScene(scene);
        vue.fermer = fenetre::close;
        fenetre.setOnHidden(e -> apres.run());
        modele.demarrer();
        fenetre.show();
        return fenetre;
    }
}
