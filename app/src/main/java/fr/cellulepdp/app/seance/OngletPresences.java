package fr.cellulepdp.app.seance;

import fr.cellulepdp.app.ui.Champs;
import fr.cellulepdp.app.ui.ConvertisseurTexte;
import fr.cellulepdp.app.ui.Tableaux;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.seance.DossierSeance;
import fr.cellulepdp.model.seance.EtatPresence;
import fr.cellulepdp.model.seance.Presence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Attendance: each convoked member present, excused or absent, and the guests (one per line); the quorum
 * statement under the cell's rule, and the coordinatrice's decision to sit without quorum, with its reason.
 */
final class OngletPresences extends VBox {

    private static final javafx.css.PseudoClass ATTEINT = javafx.css.PseudoClass.getPseudoClass("atteint");

    private final ModeleSeance modele;
    private final GridPane grille = new GridPane();
    private final Map<UUID, ComboBox<EtatPresence>> etats = new LinkedHashMap<>();
    private final TextArea invites = new TextArea();
    private final Label quorum = new Label();
    private final Button sansQuorum = new Button("Siéger sans quorum…");
    private final ComboBox<Membre> secretaire = new ComboBox<>();
    private final ComboBox<fr.cellulepdp.model.seance.Approbation> approbation = new ComboBox<>();
    private final TextArea modifications = new TextArea();
    private final Label approbationLue = new Label();
    private final Button designer = new Button();
    private final Button approuver = new Button();
    private final Button enregistrer = new Button();
    private final Button tousPresents = new Button();

    OngletPresences(ModeleSeance modele) {
        super(12);
        this.modele = modele;
        setPadding(new Insets(12));
        grille.setHgap(16);
        grille.setVgap(6);
        invites.setId("champ-invites");
        invites.setPrefRowCount(3);
        quorum.setId("constat-quorum");
        quorum.setWrapText(true);
        quorum.getStyleClass().add("constat-quorum");
        enregistrer.setText("Enregistrer les présences");
        enregistrer.setId("enregistrer-presences");
        enregistrer.getStyleClass().add("bouton-principal");
        enregistrer.setOnAction(e -> enregistrer());
        tousPresents.setText("Tous présents");
        tousPresents.setId("tous-presents");
        tousPresents.setOnAction(e -> etats.values().forEach(c -> c.setValue(EtatPresence.PRESENT)));
        sansQuorum.setId("sieger-sans-quorum");
        sansQuorum.setOnAction(e -> modele.siegerSansQuorum());
        sansQuorum.disableProperty().bind(modele.sansQuorumPossibleProperty().not());
        quorum.textProperty().bind(modele.constatQuorumProperty());
        // green as soon as the quorum is there, even before the meeting is open
        modele.quorumAtteintProperty().addListener((o, a, atteint) -> quorum.pseudoClassStateChanged(ATTEINT, atteint));
        getChildren().setAll(Champs.sousTitre("Membres convoqués"), grille, new HBox(8, tousPresents), Champs.sousTitre("Invités"), invites,
                new HBox(8, enregistrer, sansQuorum), quorum, secretaire(), approbation());
        // naming the secretary, recording the approval and sitting without quorum are the coordinatrice's; once the
        // meeting is closed or cancelled, nobody is offered a command that would change its attendance
        Champs.montrerSi(modele.registreModifiableProperty(), sansQuorum);
        Champs.montrerSi(modele.modifiableProperty(), tousPresents, enregistrer);
        // a record's guests read in a tinted text that takes no typing (:readonly)
        invites.editableProperty().bind(modele.modifiableProperty());
        invites.promptTextProperty().bind(javafx.beans.binding.Bindings.when(modele.modifiableProperty())
                .then("Un(e) invité(e) par ligne : nom et qualité").otherwise("Aucun invité."));
        modele.dossierProperty().addListener((o, a, dossier) -> afficher(dossier));
    }

    /** The secretary, chosen among the internal members recorded present. */
    private HBox secretaire() {
        secretaire.setId("champ-secretaire");
        secretaire.setConverter(new ConvertisseurTexte<>(Membre::nomComplet));
        secretaire.setPromptText("Secrétaire de séance");
        Label libelle = new Label("Secrétaire de séance");
        libelle.setLabelFor(secretaire);
        designer.setText("Désigner");
        designer.setId("designer-secretaire");
        designer.setOnAction(e -> modele.designerSecretaire(secretaire.getValue()));
        // not to be changed (a closed meeting, another role): the name as text, never a greyed choice
        Label nom = new Label();
        nom.setId("secretaire-lu");
        nom.textProperty().bind(modele.secretaireProperty());
        Champs.montrerSi(modele.registreModifiableProperty(), secretaire, designer);
        Champs.montrerSi(modele.registreModifiableProperty().not(), nom);
        HBox ligne = new HBox(8, libelle, secretaire, designer, nom);
        ligne.setAlignment(Pos.CENTER_LEFT);
        return ligne;
    }

    /** The previous meeting's minutes, approved at this one, as they were or with changes. */
    private VBox approbation() {
        approbation.setId("champ-approbation");
        approbation.getItems().setAll(fr.cellulepdp.model.seance.Approbation.values());
        approbation.setConverter(new ConvertisseurTexte<>(Tableaux::texte));
        approbation.setPromptText("Approbation");
        modifications.setId("champ-modifications-pv");
        modifications.setPrefRowCount(2);
        modifications.setPromptText("Modifications apportées au procès-verbal précédent");
        approuver.setText("Enregistrer l’approbation");
        approuver.setId("approuver-pv");
        approuver.setOnAction(e -> modele.approuverProcesVerbal(approbation.getValue(), modifications.getText()));
        Label libelle = new Label();
        libelle.textProperty().bind(javafx.beans.binding.Bindings.concat("Procès-verbal de ",
                modele.procesVerbalPrecedentProperty()));
        libelle.setLabelFor(approbation);
        // recorded (a closed meeting, another role): read as text, never a greyed choice
        approbationLue.setId("approbation-lue");
        approbationLue.setWrapText(true);
        Champs.montrerSi(modele.registreModifiableProperty(), approbation, approuver);
        Champs.montrerSi(modele.registreModifiableProperty().not(), approbationLue);
        HBox ligne = new HBox(8, libelle, approbation, approuver, approbationLue);
        ligne.setAlignment(Pos.CENTER_LEFT);
        // the cell's first meeting has no previous minutes: it says so, and offers nothing to approve
        Label aucun = new Label("Aucune séance clôturée avant celle-ci : pas de procès-verbal à approuver.");
        javafx.beans.binding.BooleanBinding precedent = modele.procesVerbalPrecedentProperty().isNotEmpty();
        ligne.visibleProperty().bind(precedent);
        ligne.managedProperty().bind(precedent);
        Champs.montrerSi(precedent.and(modele.registreModifiableProperty()), modifications);
        aucun.visibleProperty().bind(precedent.not());
        aucun.managedProperty().bind(precedent.not());
        return new VBox(6, Champs.sousTitre("Procès-verbal précédent"), ligne, modifications, aucun);
    }

    private void afficher(DossierSeance dossier) {
        boolean figee = !modele.modifiableProperty().get();
        grille.getChildren().clear();
        etats.clear();
        int rang = 0;
        for (Presence presence : dossier.seance().presences()) {
            Membre membre = dossier.membre(presence.membreId()).orElse(null);
            if (membre == null) {
                continue;
            }
            ComboBox<EtatPresence> etat = new ComboBox<>();
            etat.setId("presence-" + rang);
            etat.getItems().setAll(Arrays.asList(EtatPresence.values()));
            etat.setConverter(new ConvertisseurTexte<>(Tableaux::texte));
            etat.setValue(presence.etat());
            etats.put(membre.id(), etat);
            // once closed (or cancelled), the attendance is a record: read as text, not as a greyed choice
            grille.addRow(rang++, new Label(membre.nomComplet()), new Label(membre.role().libelle()),
                    new Label(membre.organisation()), figee ? new Label(Tableaux.texte(presence.etat())) : etat);
        }
        invites.setText(String.join("\n", dossier.seance().invites()));
        secretaire.getItems().setAll(modele.secretairesPossibles());
        secretaire.setValue(dossier.seance().secretaireId() == null ? null : dossier.membre(
                dossier.seance().secretaireId()).orElse(null));
        // the approval as recorded: shown in the choice while it may change, as text once it may not
        var enregistree = modele.approbationProperty().get();
        approbation.setValue(enregistree == null ? null : enregistree.approbation());
        modifications.setText(enregistree == null ? "" : java.util.Objects.toString(enregistree.modifications(), ""));
        approbationLue.setText(modele.approbationLue());
    }

    private void enregistrer() {
        List<Presence> presences = new ArrayList<>();
        etats.forEach((id, etat) -> presences.add(new Presence(id, etat.getValue())));
        modele.enregistrerPresences(presences, invites.getText().lines().map(String::strip)
                .filter(l -> !l.isEmpty()).toList());
    }
}
