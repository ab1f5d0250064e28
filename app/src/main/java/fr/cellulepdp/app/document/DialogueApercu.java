package fr.cellulepdp.app.document;

import fr.cellulepdp.model.document.DocumentProduit;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Shows the pages of documents rendered in the application (PDFBox), before they are signed and sent. */
public final class DialogueApercu extends Dialog<Void> {

    private static final float DPI = 80f;

    private final VBox pages = new VBox(12);

    public DialogueApercu(String titre, List<DocumentProduit> documents) {
        setTitle(titre);
        setHeaderText(titre);
        ListView<DocumentProduit> liste = new ListView<>();
        liste.setId("liste-apercu");
        liste.getItems().setAll(documents);
        liste.setPrefWidth(360);
        liste.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DocumentProduit document, boolean vide) {
                super.updateItem(document, vide);
                setText(vide || document == null ? null : document.nomFichier());
            }
        });
        liste.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> montrer(b));
        pages.setId("pages-apercu");
        ScrollPane defilement = new ScrollPane(pages);
        defilement.setPrefSize(720, 760);
        HBox.setHgrow(defilement, Priority.ALWAYS);
        getDialogPane().setContent(new HBox(10, liste, defilement));
        getDialogPane().getButtonTypes().setAll(new ButtonType("Fermer", ButtonBar.ButtonData.CANCEL_CLOSE));
        setResizable(true);
        liste.getSelectionModel().selectFirst();
    }

    private void montrer(DocumentProduit document) {
        pages.getChildren().clear();
        if (document == null) {
            return;
        }
        List<Image> images = pages(document.contenu());
        for (int i = 0; i < images.size(); i++) {
            pages.getChildren().addAll(new Label("Page " + (i + 1) + " / " + images.size()), new ImageView(images.get(i)));
        }
    }

    /** Every page as an image, at a resolution fit for reading on screen. */
    public static List<Image> pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer rendu = new PDFRenderer(document);
            List<Image> images = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                images.add(image(rendu.renderImageWithDPI(i, DPI)));
            }
            return images;
        } catch (IOException e) {
            throw new UncheckedIOException("aperçu impossible : " + e.getMessage(), e);
        }
    }

    /** A rendered page as a JavaFX image (no Swing bridge needed). */
    public static Image image(BufferedImage image) {
        int largeur = image.getWidth();
        int hauteur = image.getHeight();
        int[] pixels = image.getRGB(0, 0, largeur, hauteur, null, 0, largeur);
        WritableImage resultat = new WritableImage(largeur, hauteur);
        resultat.getPixelWriter().setPixels(0, 0, largeur, hauteur, PixelFormat.getIntArgbInstance(), pixels, 0,
                largeur);
        return resultat;
    }
}
