package fr.cellulepdp.app.audit;

import static fr.cellulepdp.app.shell.Tableaux.colonne;

import fr.cellulepdp.app.shell.Horaires;
import fr.cellulepdp.app.shell.ModeleListe;
import fr.cellulepdp.app.shell.PageTableau;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.MessagesErreur;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.audit.EvenementAudit;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The "Journal" page: the audit trail, newest first (who, when, what, which object, what changed), filtered by a
 * text; « Vérifier le journal » checks the hash chain and names the first altered entry.
 */
public final class PageJournal extends PageTableau<EvenementAudit> {

    private final Services services;
    private final ExecuteurTaches executeur;
    private final Label verification = new Label();

    private PageJournal(Services services, ExecuteurTaches executeur, Consumer<Exception> erreur, TextField filtre) {
        super("journal", "Journal", MaterialDesignS.SHIELD_CHECK_OUTLINE,
                ModeleListe.complet(executeur,
                        () -> services.consulterJournal().lister(services.utilisateur(), filtre.getText()),
                        n -> ModeleListe.pluriel(n, "entrée", "entrées", "aucune entrée"), erreur),
                "Aucune entrée dans le journal.",
                List.of(colonne("N°", 70, EvenementAudit::sequence),
                        colonne("Quand", 150, e -> Horaires.horodatage(e.horodatage())),
                        colonne("Qui", 130, EvenementAudit::acteur),
                        colonne("Action", 170, EvenementAudit::action),
                        colonne("Objet", 110, EvenementAudit::typeObjet),
                        colonne("Détails", 600, EvenementAudit::details)));
        this.services = services;
        this.executeur = executeur;
        filtre.setId("filtre-journal");
        filtre.setPromptText("Filtrer : qui, action, objet, détails");
        filtre.setPrefColumnCount(30);
        filtre.setOnAction(e -> actualiser());
        Button filtrer = new Button("Filtrer");
        filtrer.setOnAction(e -> actualiser());
        Button verifier = new Button("Vérifier le journal");
        verifier.setId("verifier-journal");
        verifier.setOnAction(e -> verifier());
        verification.setId("verification-journal");
        HBox barre = new HBox(10, filtre, filtrer, verifier, verification);
        barre.setAlignment(Pos.CENTER_LEFT);
        ajouterBarre(barre);
    }

    public static PageJournal creer(Services services, ExecuteurTaches executeur, Consumer<Exception> erreur) {
        return new PageJournal(services, executeur, erreur, new TextField());
    }

    private void verifier() {
        executeur.executer(() -> services.verifierAudit().verifier(services.utilisateur(),
                services.sceauxDesProcesVerbaux()), resultat -> {
            verification.setText(resultat.message());
            verification.setStyle(resultat.intact() ? "-fx-text-fill: #276749;" : "-fx-text-fill: #c53030;");
        }, e -> verification.setText(MessagesErreur.pourUtilisateur(e)));
    }
}
