package fr.cellulepdp.app.cellule;

import static fr.cellulepdp.model.cellule.ParametrerCellule.ADRESSE;
import static fr.cellulepdp.model.cellule.ParametrerCellule.CODE_POSTAL;
import static fr.cellulepdp.model.cellule.ParametrerCellule.CPAM;
import static fr.cellulepdp.model.cellule.ParametrerCellule.EMAIL;
import static fr.cellulepdp.model.cellule.ParametrerCellule.NOM;
import static fr.cellulepdp.model.cellule.ParametrerCellule.SIGNATAIRE_DELEGATION;
import static fr.cellulepdp.model.cellule.ParametrerCellule.SIGNATAIRE_FONCTION;
import static fr.cellulepdp.model.cellule.ParametrerCellule.SIGNATAIRE_NOM;
import static fr.cellulepdp.model.cellule.ParametrerCellule.SIGNATAIRE_PRENOM;
import static fr.cellulepdp.model.cellule.ParametrerCellule.TELEPHONE;
import static fr.cellulepdp.model.cellule.ParametrerCellule.VILLE;
import static fr.cellulepdp.model.cellule.ParametrerCellule.VILLE_SIGNATURE;

import fr.cellulepdp.app.ui.Champs;
import fr.cellulepdp.app.ui.Dialogues;
import fr.cellulepdp.app.ui.Formulaires;
import fr.cellulepdp.app.ui.Validation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The cell's form: identity, address and contact as the letterhead prints them, the town and signatory of the
 * letters with a preview of how a letter ends, and the logo and certificate the documents use. Lays out and binds
 * {@link ModeleCellule}; the set-up's first step and Paramètres › Cellule show it alike.
 */
public final class VueCellule extends VBox {

    private final Validation validation = new Validation();

    public VueCellule(ModeleCellule modele, Dialogues dialogues) {
        super(10);
        setId("vue-cellule");
        // one grid for both parts, so that their labels and fields line up
        GridPane grille = Formulaires.grille();
        grille.add(Champs.sousTitre("Identité de la cellule (en-tête des documents)"), 0, 0, 4, 1);
        Formulaires.ligne(grille, 1, "Nom de la cellule *", champ(modele.nomProperty(), "cellule-nom", NOM,
                "ex. Cellule locale PDP de la Nièvre", modele), "Caisse (CPAM) *", champ(modele.cpamProperty(),
                "cellule-cpam", CPAM, "ex. CPAM de la Nièvre", modele));
        Formulaires.ligne(grille, 2, "Adresse *", champ(modele.adresse1Property(), "cellule-adresse1", ADRESSE,
                "n° et voie", modele), "Complément d'adresse", champ(modele.adresse2Property(), "cellule-adresse2",
                null, "bâtiment, service, BP (facultatif)", modele));
        Formulaires.ligne(grille, 3, "Code postal *", champ(modele.codePostalProperty(), "cellule-code-postal",
                CODE_POSTAL, "ex. 58000", modele), "Ville *", champ(modele.villeProperty(), "cellule-ville", VILLE,
                "ex. Nevers", modele));
        Formulaires.ligne(grille, 4, "Téléphone *", champ(modele.telephoneProperty(), "cellule-telephone",
                TELEPHONE, "ex. 03 86 00 00 00", modele), "Courriel *", champ(modele.emailProperty(),
                "cellule-email", EMAIL, "ex. cellule.pdp@exemple.fr", modele));
        grille.add(Champs.sousTitre("Signature des courriers"), 0, 5, 4, 1);
        Formulaires.ligne(grille, 6, "Prénom du signataire", champ(modele.signatairePrenomProperty(),
                "cellule-signataire-prenom", SIGNATAIRE_PRENOM, "", modele), "Nom du signataire *",
                champ(modele.signataireNomProperty(), "cellule-signataire-nom", SIGNATAIRE_NOM, "", modele));
        Formulaires.ligne(grille, 7, "Fonction du signataire *", champ(modele.signataireFonctionProperty(),
                "cellule-signataire-fonction", SIGNATAIRE_FONCTION, "ex. Directeur de la CPAM", modele),
                "Ligne de délégation", champ(modele.signataireDelegationProperty(), "cellule-delegation",
                        SIGNATAIRE_DELEGATION, "ex. Pour le directeur et par délégation", modele));
        Label apercu = new Label();
        apercu.setId("cellule-apercu-signature");
        apercu.textProperty().bind(modele.apercuProperty());
        apercu.getStyleClass().add("apercu-courrier");
        apercu.setMaxWidth(Double.MAX_VALUE);
        // four lines from the start: the form does not move as the signatory is typed
        apercu.setMinHeight(84);
        apercu.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        Formulaires.ligne(grille, 8, "Ville des courriers", champ(modele.villeSignatureProperty(),
                "cellule-ville-signature", VILLE_SIGNATURE, "vide : celle de l'adresse", modele),
                "Fin d'un courrier", apercu);
        // the row of the four-line preview: its labels and field at the top
        grille.getChildren().stream().filter(n -> GridPane.getRowIndex(n) != null && GridPane.getRowIndex(n) == 8)
                .forEach(n -> GridPane.setValignment(n, javafx.geometry.VPos.TOP));

        Button enregistrer = new Button("Enregistrer la cellule");
        enregistrer.setId("enregistrer-cellule");
        enregistrer.getStyleClass().add("bouton-principal");
        enregistrer.setOnAction(e -> modele.enregistrer());
        Button annuler = new Button("Annuler les modifications");
        annuler.setId("recharger-cellule");
        annuler.setOnAction(e -> modele.charger());
        Label message = Formulaires.message("etat-cellule", modele);
        HBox actions = new HBox(10, enregistrer, annuler);
        actions.setAlignment(Pos.CENTER_LEFT);

        getChildren().setAll(grille, actions, message, documents(modele, dialogues));
    }

    /**
     * A text field bound both ways to the view model's property, marked with its field's problem ({@code nomChamp}
     * null: none of its own, as the address's second line, whose problems show on the first).
     */
    private TextField champ(javafx.beans.property.StringProperty propriete, String id, String nomChamp,
                            String indication, ModeleCellule modele) {
        TextField champ = Formulaires.texte(id, 22, indication);
        champ.textProperty().bindBidirectional(propriete);
        if (nomChamp != null) {
            validation.lier(champ, modele.problemeProperty(nomChamp));
        }
        return champ;
    }

    /** The logo and the certificate: files of this computer, chosen once the cell exists. */
    private static VBox documents(ModeleCellule modele, Dialogues dialogues) {
        Label logo = new Label();
        logo.setId("chemin-logo");
        logo.textProperty().bind(modele.logoProperty());
        Button choisirLogo = new Button("Choisir l'image du logo…");
        choisirLogo.setId("choisir-logo");
        choisirLogo.setOnAction(e -> dialogues.choisirFichierOuverture("Logo de la cellule",
                "Images PNG ou JPEG", "png,jpg,jpeg").ifPresent(modele::choisirLogo));
        Label certificat = new Label();
        certificat.setId("chemin-certificat");
        certificat.textProperty().bind(modele.certificatProperty());
        Button choisirCertificat = new Button("Choisir le fichier .p12…");
        choisirCertificat.setId("choisir-certificat");
        choisirCertificat.setOnAction(e -> dialogues.choisirFichierOuverture("Certificat de signature (PKCS#12)",
                "Certificats PKCS#12", "p12,pfx").ifPresent(modele::choisirCertificat));
        Button creer = new Button("Créer un certificat d'essai…");
        creer.setId("creer-certificat");
        creer.setOnAction(e -> dialogues.demanderMotDePasse("Certificat d'essai",
                "Mot de passe du nouveau certificat (il sera demandé à chaque signature) :")
                .ifPresent(modele::creerCertificatDEssai));
        // the buttons before the path: a long path does not move them
        GridPane grille = new GridPane();
        grille.setHgap(12);
        grille.setVgap(8);
        grille.addRow(0, Formulaires.libelle("Logo de l'en-tête"), choisirLogo, logo);
        grille.addRow(1, Formulaires.libelle("Certificat de signature"), new HBox(8, choisirCertificat, creer),
                certificat);
        grille.disableProperty().bind(modele.renseigneeProperty().not());
        Label etat = new Label();
        etat.setId("etat-documents-cellule");
        etat.setWrapText(true);
        etat.textProperty().bind(javafx.beans.binding.Bindings.when(modele.renseigneeProperty())
                .then(modele.etatDocumentsProperty())
                .otherwise("Enregistrez d'abord la cellule : le logo et le certificat s'y rattachent."));
        return new VBox(8, Champs.sousTitre("Documents : logo et signature"), grille, etat);
    }
}
