package fr.cellulepdp.app.situation;

import fr.cellulepdp.app.ui.BoutonsDialogue;
import fr.cellulepdp.app.ui.Champs;
import fr.cellulepdp.app.ui.ConvertisseurTexte;
import fr.cellulepdp.app.ui.Dialogues;
import fr.cellulepdp.app.ui.Formulaires;
import fr.cellulepdp.app.ui.Validation;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.commun.Libelle;
import fr.cellulepdp.model.situation.EtatDossier;
import fr.cellulepdp.model.situation.Inaptitude;
import fr.cellulepdp.model.situation.IssueSituation;
import fr.cellulepdp.model.situation.Origine;
import fr.cellulepdp.model.cellule.Partenaire;
import fr.cellulepdp.model.situation.Risque;
import fr.cellulepdp.model.situation.Sexe;
import fr.cellulepdp.model.situation.StatutAssure;
import fr.cellulepdp.model.situation.StatutSituation;
import fr.cellulepdp.model.situation.ValidationFiche;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The form of a person and their situation: lays out and binds {@link ModeleFicheSituation}. Each field is marked
 * with its problem as she types; the message under the form lists every problem of a refused save, field by field.
 * The dialog stays open until the save has gone through, and leaving with something typed and not saved asks first.
 *
 * @param <R> what saving gives back: the creation's result, or the file saved
 */
public final class FormulaireSituation<R> extends Dialog<R> {

    private final ModeleFicheSituation<R> modele;
    private final Validation validation = new Validation();

    public FormulaireSituation(ModeleFicheSituation<R> modele, Dialogues dialogues) {
        this.modele = modele;
        setTitle(modele.titre());
        setHeaderText("Personne suivie et situation PDP");
        Label message = Formulaires.message("problemes-formulaire", modele);
        // the problems stay in view under the scrolling form
        ScrollPane defilement = new ScrollPane(contenu());
        fr.cellulepdp.app.ui.DefilementSuitFocus.appliquer(defilement);
        defilement.setFitToWidth(true);
        VBox.setVgrow(defilement, Priority.ALWAYS);
        getDialogPane().setContent(new VBox(8, defilement, message));
        Formulaires.tenirDansLEcran(getDialogPane(), 900, 760);
        getDialogPane().getStylesheets().add(
                FormulaireSituation.class.getResource("/fr/cellulepdp/app/ui/cellule-pdp.css").toExternalForm());
        if (modele.ecrit()) {
            BoutonsDialogue.poser(this, "Enregistrer", "enregistrer-situation", "Annuler", () ->
                    modele.enregistrer(resultat -> {
                        setResult(resultat);
                        close();
                    }));
            getDialogPane().lookupButton(getDialogPane().getButtonTypes().get(0)).disableProperty()
                    .bind(modele.enCoursProperty());
        } else {
            getDialogPane().getButtonTypes().setAll(new ButtonType("Fermer", ButtonBar.ButtonData.CANCEL_CLOSE));
        }
        setResultConverter(b -> null);
        // leaving with an unsaved change asks first; « Annuler » of that question keeps the form open
        setOnCloseRequest(e -> {
            if (getResult() == null && modele.modifie() && !dialogues.confirmer("Modifications non enregistrées",
                    "Fermer le formulaire sans enregistrer ce qui a été saisi ?")) {
                e.consume();
            }
        });
    }

    private VBox contenu() {
        GridPane personne = Formulaires.grille();
        ligne(personne, 0, "_NIR *", texte("champ-nir", modele.nir, ValidationFiche.NIR),
                "No_m *", texte("champ-nom", modele.nom, ValidationFiche.NOM));
        ligne(personne, 1, "_Prénom *", texte("champ-prenom", modele.prenom, ValidationFiche.PRENOM),
                "Date de naissance", date("champ-naissance", modele.naissance, ValidationFiche.NAISSANCE));
        ligne(personne, 2, "Sexe", choix("champ-sexe", Sexe.values(), modele.sexe, ValidationFiche.SEXE),
                "Statut", choix("champ-statut", StatutAssure.values(), modele.statut, null));
        ligne(personne, 3, "Courriel", texte("champ-email", modele.email, ValidationFiche.EMAIL),
                "Téléphone", texte("champ-telephone", modele.telephone, ValidationFiche.TELEPHONE));
        ligne(personne, 4, "Adresse", texte("champ-rue", modele.rue, ValidationFiche.ADRESSE),
                "Code postal", texte("champ-code-postal", modele.codePostal, ValidationFiche.CODE_POSTAL));
        ligne(personne, 5, "Ville", texte("champ-ville", modele.ville, ValidationFiche.VILLE),
                "Emploi", texte("champ-emploi", modele.emploi, ValidationFiche.EMPLOI));
        ligne(personne, 6, "Employeur", texte("champ-employeur", modele.employeur, ValidationFiche.EMPLOYEUR),
                "SIRET", texte("champ-siret", modele.siret, ValidationFiche.SIRET));
        GridPane handicap = Formulaires.grille();
        ligne(handicap, 0, "RQTH depuis le", date("champ-rqth-debut", modele.rqthDebut, null),
                "jusqu’au", date("champ-rqth-fin", modele.rqthFin, ValidationFiche.RQTH));
        ligne(handicap, 1, "Autre titre BOETH depuis le", date("champ-boeth-debut", modele.boethDebut, null),
                "jusqu’au", date("champ-boeth-fin", modele.boethFin, ValidationFiche.BOETH));
        DatePicker dateInaptitude = date("champ-date-inaptitude", modele.dateInaptitude, ValidationFiche.INAPTITUDE);
        dateInaptitude.disableProperty().bind(modele.dateInaptitudeSaisissable().not());
        ligne(handicap, 2, "Médecin du travail", choix("champ-inaptitude", Inaptitude.values(), modele.inaptitude,
                null), "Avis du", dateInaptitude);
        ComboBox<Membre> referent = new ComboBox<>(modele.referents());
        referent.setId("champ-referent");
        referent.setMaxWidth(Double.MAX_VALUE);
        referent.setConverter(new ConvertisseurTexte<>(Membre::nomComplet));
        referent.valueProperty().bindBidirectional(modele.referent);
        ComboBox<String> serviceSanteTravail = Formulaires.texteAvecChoix("champ-service-sante-travail",
                modele.servicesSanteTravail(), modele.serviceSanteTravail, "de l’annuaire, ou saisi");
        validation.lier(serviceSanteTravail, modele.problemeProperty(ValidationFiche.SERVICE_SANTE_TRAVAIL));
        GridPane situation = Formulaires.grille();
        ligne(situation, 0, "_Origine *", choix("champ-origine", Origine.values(), modele.origine,
                ValidationFiche.ORIGINE), "Date de signalement", date("champ-signalement", modele.signalement,
                ValidationFiche.SIGNALEMENT));
        ligne(situation, 1, "_Risque *", choix("champ-risque", Risque.values(), modele.risque, ValidationFiche.RISQUE),
                "Référent social", referent);
        ligne(situation, 2, "Début de l’arrêt", date("champ-debut-arret", modele.debutArret,
                ValidationFiche.DEBUT_ARRET), "Fin d’arrêt prévue", date("champ-fin-arret", modele.finArret,
                ValidationFiche.FIN_ARRET));
        ligne(situation, 3, "", coche("champ-urgent", "_Urgente", modele.urgent), "Motif de l’urgence",
                texte("champ-motif-urgent", modele.motifUrgent, ValidationFiche.MOTIF_URGENT));
        ligne(situation, 4, "", coche("champ-complexe", "_Complexe", modele.complexe), "Motif de la complexité",
                texte("champ-motif-complexe", modele.motifComplexe, ValidationFiche.MOTIF_COMPLEXE));
        ligne(situation, 5, "Service de santé au travail", serviceSanteTravail, "", new Label(""));
        FlowPane couverts = new FlowPane(12, 6);
        for (Partenaire partenaire : Partenaire.values()) {
            couverts.getChildren().add(coche("champ-partenaire-" + partenaire.name(), partenaire.libelle(),
                    modele.partenaires.get(partenaire)));
        }
        GridPane accord = Formulaires.grille();
        DatePicker consentement = date("champ-consentement", modele.consentement, ValidationFiche.CONSENTEMENT);
        if (modele.avecEtat()) {
            ligne(accord, 0, "Consentement recueilli le", consentement, "Retiré le",
                    date("champ-retrait-consentement", modele.retrait, EtatDossier.RETRAIT));
        } else {
            ligne(accord, 0, "Consentement recueilli le", consentement, "", new Label(""));
        }
        TextArea notes = new TextArea();
        notes.setId("champ-notes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(modele.notes);
        notes.setAccessibleText("Notes sociales");
        Label titreNotes = Champs.sousTitre("Notes sociales");
        titreNotes.setLabelFor(notes);
        VBox contenu = new VBox(10, Champs.sousTitre("Personne"), personne, Champs.sousTitre("Handicap et aptitude"),
                handicap, Champs.sousTitre("Situation"), situation,
                Champs.sousTitre("Consentement au partage avec les partenaires"), accord, couverts, titreNotes, notes);
        if (modele.avecEtat()) {
            GridPane etat = Formulaires.grille();
            ComboBox<IssueSituation> issue = choix("champ-issue", IssueSituation.values(), modele.issue,
                    EtatDossier.ISSUE);
            DatePicker cloture = date("champ-cloture", modele.cloture, EtatDossier.CLOTURE);
            // the outcome only means something for a closed file
            issue.disableProperty().bind(modele.issueSaisissable().not());
            cloture.disableProperty().bind(issue.disableProperty());
            ligne(etat, 0, "Statut", choix("champ-statut-dossier", StatutSituation.values(), modele.statutDossier,
                    EtatDossier.STATUT), "", new Label(""));
            ligne(etat, 1, "Issue", issue, "Clôturé le", cloture);
            contenu.getChildren().addAll(2, List.of(Champs.sousTitre("Suivi du dossier"), etat));
        }
        if (!modele.ecrit()) {
            // read only: the fields show the file, nothing may be typed
            List.of(personne, handicap, situation, accord, couverts, notes).forEach(n -> n.setDisable(true));
        }
        return contenu;
    }

    private static void ligne(GridPane grille, int rang, String libelle1, Node champ1, String libelle2, Node champ2) {
        grille.addRow(rang, libelle(libelle1, champ1), champ1, libelle(libelle2, champ2), champ2);
    }

    /** A label naming its field for screen readers; an underscore marks its mnemonic (Alt + letter). */
    private static Label libelle(String texte, Node champ) {
        Label libelle = Formulaires.libelle(texte, champ);
        libelle.setMnemonicParsing(texte.contains("_"));
        return libelle;
    }

    private TextField texte(String id, StringProperty valeur, String nomChamp) {
        TextField champ = Champs.texte(id, 18);
        champ.textProperty().bindBidirectional(valeur);
        marquer(champ, nomChamp);
        return champ;
    }

    private DatePicker date(String id, ObjectProperty<LocalDate> valeur, String nomChamp) {
        DatePicker champ = Champs.date(id);
        champ.setMaxWidth(Double.MAX_VALUE);
        champ.valueProperty().bindBidirectional(valeur);
        marquer(champ, nomChamp);
        return champ;
    }

    private <E extends Enum<E> & Libelle> ComboBox<E> choix(String id, E[] valeurs, Property<E> valeur,
                                                           String nomChamp) {
        ComboBox<E> champ = Formulaires.choix(id, valeurs, valeur);
        marquer(champ, nomChamp);
        return champ;
    }

    private static CheckBox coche(String id, String texte, BooleanProperty valeur) {
        CheckBox coche = new CheckBox(texte);
        coche.setId(id);
        coche.selectedProperty().bindBidirectional(valeur);
        return coche;
    }

    private void marquer(Control champ, String nomChamp) {
        if (nomChamp != null) {
            validation.lier(champ, modele.problemeProperty(nomChamp));
        }
    }
}
