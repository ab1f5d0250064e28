package fr.cellulepdp.app.demande;

import fr.cellulepdp.app.ui.BoutonsDialogue;
import fr.cellulepdp.app.ui.Champs;
import fr.cellulepdp.app.ui.ConvertisseurTexte;
import fr.cellulepdp.app.ui.Formulaires;
import fr.cellulepdp.app.ui.Tableaux;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.model.mesure.AccordMedical;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.mesure.TypeMesure;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The form of one request: lays out and binds {@link ModeleDemande}. The measure rules are explained under the
 * fields as the user types; the form scrolls when they are long, so that the refusal and the buttons stay in view.
 * The prescriber is chosen among the directory's prescribers, Cap Emploi, France Travail and occupational-health
 * services, or typed freely.
 */
public final class FormulaireDemande extends Dialog<Demande> {

    public FormulaireDemande(ModeleDemande.CasDUsage cas, ExecuteurTaches executeur, UUID situationId,
                             Demande existante) {
        this(ModeleDemande.pour(cas, executeur, situationId, existante), existante == null);
    }

    /** @param nouvelle a new request (its title), else a change of the one {@code modele} shows */
    public FormulaireDemande(ModeleDemande modele, boolean nouvelle) {
        setTitle(nouvelle ? "Nouvelle demande" : "Demande");
        setHeaderText("Demande d'autorisation d'une mesure pendant l'arrêt de travail");
        ComboBox<TypeMesure> mesure = new ComboBox<>();
        mesure.setId("champ-mesure");
        mesure.getItems().setAll(TypeMesure.values());
        mesure.setConverter(new ConvertisseurTexte<>(Tableaux::texte));
        // as wide as a text field, not as its longest label: the form's columns stay even
        mesure.setPrefWidth(200);
        mesure.setMaxWidth(Double.MAX_VALUE);
        mesure.valueProperty().bindBidirectional(modele.mesure);
        ComboBox<String> prescripteur = Formulaires.texteAvecChoix("champ-prescripteur", modele.prescripteurs(),
                modele.prescripteur, "choisi dans l’annuaire ou saisi");
        prescripteur.setPrefWidth(200);
        CheckBox renouvellement = new CheckBox("Renouvellement");
        renouvellement.setId("champ-renouvellement");
        renouvellement.selectedProperty().bindBidirectional(modele.renouvellement);
        TextArea avis = new TextArea();
        avis.setId("champ-avis");
        avis.setPrefRowCount(3);
        avis.setWrapText(true);
        avis.textProperty().bindBidirectional(modele.avis);

        GridPane grille = Formulaires.grille();
        Formulaires.ligne(grille, 0, "Mesure *", mesure, "Autre action (nom)",
                champ("champ-libelle-autre", modele.libelleAutre));
        Formulaires.ligne(grille, 1, "Date de la demande", date("champ-date-demande", modele.dateDemande), "",
                renouvellement);
        Formulaires.ligne(grille, 2, "Début", date("champ-debut", modele.debut), "Fin", date("champ-fin", modele.fin));
        Formulaires.ligne(grille, 3, "Durée (unité de la mesure)", champ("champ-duree", modele.duree), "Coût (€)",
                champ("champ-cout", modele.cout));
        Formulaires.ligne(grille, 4, "Entreprise ou organisme d'accueil", champ("champ-accueil", modele.accueil),
                "SIRET", champ("champ-siret-accueil", modele.siretAccueil));
        Formulaires.ligne(grille, 5, "Tuteur", champ("champ-tuteur", modele.tuteur), "Prescripteur", prescripteur);
        TextField financement = champ("champ-financement", modele.financement);
        grille.addRow(6, Formulaires.libelle("Financement", financement), financement);

        FlowPane obtenus = new FlowPane(12, 6);
        for (AccordMedical accord : AccordMedical.values()) {
            CheckBox coche = new CheckBox(accord.libelle());
            coche.setId("champ-accord-" + accord.name());
            coche.selectedProperty().bindBidirectional(modele.accord(accord));
            obtenus.getChildren().add(coche);
        }
        Label regles = new Label();
        regles.setId("regles-demande");
        regles.setWrapText(true);
        regles.setMinHeight(Region.USE_PREF_SIZE);
        regles.textProperty().bind(modele.reglesProperty());
        Label titreRegles = Formulaires.libelle("Règles de la mesure", regles);
        titreRegles.getStyleClass().add("sous-titre");
        VBox contenu = new VBox(10, grille, Formulaires.libelle("Accords obtenus", obtenus.getChildren().get(0)),
                obtenus, Formulaires.libelle("Avis technique", avis), avis, titreRegles, regles);

        // the rules may be long: the form scrolls, the refusal and the buttons stay in view
        ScrollPane defilement = new ScrollPane(contenu);
        fr.cellulepdp.app.ui.DefilementSuitFocus.appliquer(defilement);
        defilement.setFitToWidth(true);
        defilement.setMinHeight(120);
        VBox.setVgrow(defilement, Priority.ALWAYS);
        Label problemes = Formulaires.message("problemes-demande", modele);
        getDialogPane().setContent(new VBox(8, defilement, problemes));
        Formulaires.tenirDansLEcran(getDialogPane(), 900, 720);
        getDialogPane().getStylesheets().add(
                FormulaireDemande.class.getResource("/fr/cellulepdp/app/ui/cellule-pdp.css").toExternalForm());
        BoutonsDialogue.poser(this, "Enregistrer", "enregistrer-demande", "Annuler", () ->
                modele.enregistrer(enregistree -> {
                    setResult(enregistree);
                    close();
                }));
        Node enregistrer = getDialogPane().getButtonTypes().stream().map(getDialogPane()::lookupButton)
                .filter(b -> "enregistrer-demande".equals(b.getId())).findFirst().orElseThrow();
        enregistrer.disableProperty().bind(modele.enregistrableProperty().not());
        Champs.montrerSi(modele.ecrit(), enregistrer);
        setResultConverter(b -> null);
        modele.charger();
    }

    private static TextField champ(String id, StringProperty valeur) {
        TextField champ = Champs.texte(id, 16);
        champ.textProperty().bindBidirectional(valeur);
        return champ;
    }

    private static DatePicker date(String id, ObjectProperty<java.time.LocalDate> valeur) {
        DatePicker date = Champs.date(id);
        date.valueProperty().bindBidirectional(valeur);
        return date;
    }
}
