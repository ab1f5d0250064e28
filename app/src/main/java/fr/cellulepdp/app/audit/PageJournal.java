package fr.cellulepdp.app.audit;

import static fr.cellulepdp.app.ui.Tableaux.colonne;

import fr.cellulepdp.app.ui.Horaires;
import fr.cellulepdp.app.ui.PageTableau;
import fr.cellulepdp.model.audit.EvenementAudit;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The "Journal" page: the audit trail, newest first (who, when, what, which object, what changed), filtered by a
 * text; « Vérifier le journal » checks the hash chain and names the first altered entry. Lays out and binds
 * {@link ModeleJournal}.
 */
public final class PageJournal extends PageTableau<EvenementAudit> {

    private final ModeleJournal modele;

    public PageJournal(ModeleJournal modele) {
        super("journal", "Journal", MaterialDesignS.SHIELD_CHECK_OUTLINE, modele.liste(),
                "Aucune entrée dans le journal.",
                List.of(colonne("N°", 70, EvenementAudit::sequence),
                        colonne("Quand", 150, e -> Horaires.horodatage(e.horodatage())),
                        colonne("Qui", 130, EvenementAudit::acteur),
                        colonne("Action", 170, EvenementAudit::action),
                        colonne("Objet", 110, EvenementAudit::typeObjet),
                        colonne("Détails", 600, EvenementAudit::details)));
        this.modele = modele;
        TextField filtre = new TextField();
        filtre.setId("filtre-journal");
        filtre.setPromptText("Filtrer : qui, action, objet, détails");
        filtre.setAccessibleText("Filtrer le journal");
        filtre.setPrefColumnCount(30);
        filtre.textProperty().bindBidirectional(modele.filtreProperty());
        filtre.setOnAction(e -> actualiser());
        Button filtrer = new Button("Filtrer");
        filtrer.setOnAction(e -> actualiser());
        Button verifier = new Button("Vérifier le journal");
        verifier.setId("verifier-journal");
        verifier.setOnAction(e -> modele.verifier());
        Label verification = new Label();
        verification.setId("verification-journal");
        verification.textProperty().bind(modele.verificationProperty());
        // the colours are the style sheet's, where their contrast is checked
        modele.intactProperty().addListener((o, a, n) -> {
            verification.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("intact"), Boolean.TRUE.equals(n));
            verification.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("altere"), Boolean.FALSE.equals(n));
        });
        verification.getStyleClass().add("verification-journal");
        // at 1366 px the check's sentence took the buttons' room (« F… », « Vérifier le jo… »): the buttons keep
        // their width, the sentence wraps in what is left
        filtrer.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        verifier.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        verification.setWrapText(true);
        verification.setMinWidth(0);
        verification.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(verification, javafx.scene.layout.Priority.ALWAYS);
        HBox barre = new HBox(10, filtre, filtrer, verifier, verification);
        barre.setAlignment(Pos.CENTER_LEFT);
        ajouterBarre(barre);
    }

    @Override
    public void actualiser() {
        modele.actualiser();
    }
}
