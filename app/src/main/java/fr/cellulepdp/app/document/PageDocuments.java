package fr.cellulepdp.app.document;

import static fr.cellulepdp.app.ui.Tableaux.colonne;

import fr.cellulepdp.app.ui.ConvertisseurTexte;
import fr.cellulepdp.app.ui.PageDeBase;
import fr.cellulepdp.app.ui.Tableaux;
import fr.cellulepdp.model.document.DocumentSeance;
import fr.cellulepdp.model.document.TypeDocument;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The « Documents » page: the documents of every meeting the archive holds (agenda, minutes, extract, letters and
 * their copies, letters to post), filtered by meeting and type; « Ouvrir » (or a double click, or Entrée), « Aperçu »
 * (the first page beside the list) and « Ouvrir le dossier ». Lays out and binds {@link ModeleDocuments}.
 */
public final class PageDocuments extends PageDeBase {

    private final ModeleDocuments modele;

    public PageDocuments(ModeleDocuments modele) {
        super("documents", "Documents", MaterialDesignF.FILE_DOCUMENT_OUTLINE);
        this.modele = modele;
        Label compte = new Label();
        compte.setId("compte-documents");
        compte.getStyleClass().add("compte");
        compte.textProperty().bind(modele.resumeProperty());
        Label titre = (Label) corps().getChildren().remove(0);
        Region espace = new Region();
        HBox.setHgrow(espace, Priority.ALWAYS);

        ComboBox<Integer> seance = filtre("filtre-seance-documents", modele.seances(), modele::libelleSeance);
        seance.valueProperty().bindBidirectional(modele.seanceProperty());
        ComboBox<TypeDocument> type = filtre("filtre-type-documents", modele.types(),
                t -> t == null ? "Tous les types" : Tableaux.texte(t));
        type.valueProperty().bindBidirectional(modele.typeProperty());
        Label libelleSeance = new Label("_Séance");
        libelleSeance.setMnemonicParsing(true);
        libelleSeance.setLabelFor(seance);
        Label libelleType = new Label("_Type");
        libelleType.setMnemonicParsing(true);
        libelleType.setLabelFor(type);

        Button ouvrir = bouton("ouvrir-document", "Ouvrir", modele::ouvrir);
        ouvrir.getStyleClass().add("bouton-principal");
        ouvrir.disableProperty().bind(modele.selectionneProperty().not());
        Button apercu = bouton("apercu-document", "Aperçu", modele::apercevoir);
        apercu.disableProperty().bind(modele.selectionneProperty().not());
        Button dossier = bouton("ouvrir-dossier-document", "Ouvrir le dossier", modele::ouvrirDossier);
        dossier.disableProperty().bind(modele.dossierPossibleProperty().not());
        dossier.setVisible(modele.dossierVisible());
        dossier.setManaged(modele.dossierVisible());
        HBox barre = new HBox(10, libelleSeance, seance, libelleType, type, ouvrir, apercu, dossier);
        barre.setAlignment(Pos.CENTER_LEFT);

        TableView<DocumentSeance> table = new TableView<>(modele.lignes());
        table.setId("table-documents");
        // the file's name last, where the table's width is left: the letters' names are long
        table.getColumns().setAll(List.of(colonne("Séance", 120, ModeleDocuments::seance),
                colonne("Type", 250, DocumentSeance::type),
                colonne("Taille", 70, ModeleDocuments::taille),
                colonne("Modifié le", 140, ModeleDocuments::modifie),
                colonne("Document", 400, DocumentSeance::nom)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Aucun document : ils apparaissent ici quand les documents d'une séance "
                + "sont générés (« Générer les documents… » dans la fenêtre de la séance)."));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, n) -> modele.selectionProperty().set(n));
        modele.selectionProperty().addListener((o, a, n) -> {
            if (n == null) {
                table.getSelectionModel().clearSelection();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && modele.selectionProperty().get() != null) {
                modele.ouvrir();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && modele.selectionProperty().get() != null) {
                modele.ouvrir();
            }
        });
        HBox.setHgrow(table, Priority.ALWAYS);

        ImageView image = new ImageView();
        image.setId("apercu-premiere-page");
        image.setPreserveRatio(true);
        image.setFitWidth(300);
        modele.apercuProperty().addListener((o, a, n) -> image.setImage(n == null ? null : DialogueApercu.image(n)));
        Label titreApercu = new Label();
        titreApercu.setWrapText(true);
        titreApercu.textProperty().bind(modele.titreApercuProperty());
        VBox cote = new VBox(6, titreApercu, new ScrollPane(image));
        cote.setPrefWidth(320);
        cote.setMinWidth(320);
        cote.visibleProperty().bind(modele.apercuProperty().isNotNull());
        cote.managedProperty().bind(cote.visibleProperty());

        HBox centre = new HBox(12, table, cote);
        VBox.setVgrow(centre, Priority.ALWAYS);
        corps().getChildren().addAll(new HBox(12, titre, espace, compte), barre, centre);
    }

    /** A filter whose first choice (null) is « all », kept first whatever the model lists. */
    private static <T> ComboBox<T> filtre(String id, ObservableList<T> choix, java.util.function.Function<T, String> texte) {
        ComboBox<T> filtre = new ComboBox<>();
        filtre.setId(id);
        filtre.getItems().add(null);
        filtre.getItems().addAll(choix);
        choix.addListener((ListChangeListener<T>) c -> {
            T garde = filtre.getValue();
            filtre.getItems().setAll(choix);
            filtre.getItems().add(0, null);
            filtre.setValue(garde);
        });
        filtre.setConverter(new ConvertisseurTexte<>(texte::apply));
        filtre.setButtonCell(cellule(texte));
        filtre.setCellFactory(l -> cellule(texte));
        return filtre;
    }

    private static <T> ListCell<T> cellule(java.util.function.Function<T, String> texte) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T valeur, boolean vide) {
                super.updateItem(valeur, vide);
                setText(vide ? null : texte.apply(valeur));
            }
        };
    }

    private static Button bouton(String id, String texte, Runnable action) {
        Button bouton = new Button(texte);
        bouton.setId(id);
        bouton.setOnAction(e -> action.run());
        return bouton;
    }

    @Override
    public void actualiser() {
        modele.actualiser();
    }
}
