package fr.cellulepdp.app.cellule;

import fr.cellulepdp.app.ui.Formulaires;
import fr.cellulepdp.app.ui.Validation;
import fr.cellulepdp.model.cellule.GererMembres;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Partenaire;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * The fields of a member's form, bound to {@link ModeleFicheMembre}, each marked with its problem as typed. The
 * coordinatrice's own form leaves out the role (her account's) and the deputy flag.
 */
final class VueFicheMembre extends GridPane {

    private static final ObservableList<String> CIVILITES = FXCollections.observableArrayList("Madame", "Monsieur",
            "Docteure", "Docteur");

    private final Validation validation = new Validation();

    VueFicheMembre(ModeleFicheMembre modele, ObservableList<String> organisations, boolean avecRole) {
        Formulaires.colonnes(this);
        ComboBox<String> civilite = Formulaires.texteAvecChoix("membre-civilite", CIVILITES,
                modele.civiliteProperty(), "Madame, Monsieur…");
        validation.lier(civilite, modele.problemeProperty(ModeleFicheMembre.CIVILITE));
        TextField prenom = texte("membre-prenom", modele.prenomProperty(), "");
        validation.lier(prenom, modele.problemeProperty(GererMembres.PRENOM));
        TextField nom = texte("membre-nom", modele.nomProperty(), "");
        validation.lier(nom, modele.problemeProperty(GererMembres.NOM));
        TextField fonction = texte("membre-fonction", modele.fonctionProperty(),
                "assistante sociale, médecin-conseil…");
        validation.lier(fonction, modele.problemeProperty(GererMembres.FONCTION));
        ComboBox<String> organisation = Formulaires.texteAvecChoix("membre-organisation", organisations,
                modele.organisationProperty(), "CPAM, service médical, SPSTI…");
        validation.lier(organisation, modele.problemeProperty(GererMembres.ORGANISATION));
        TextField email = texte("membre-email", modele.emailProperty(), "prenom.nom@exemple.fr");
        validation.lier(email, modele.problemeProperty(GererMembres.EMAIL));
        if (avecRole) {
            ComboBox<Role> role = Formulaires.choix("membre-role", Role.values(), modele.roleProperty());
            role.setPromptText("choisissez le rôle");
            validation.lier(role, modele.problemeProperty(GererMembres.ROLE));
            CheckBox suppleant = new CheckBox("Suppléant(e) de la coordinatrice");
            suppleant.setId("membre-suppleant");
            suppleant.selectedProperty().bindBidirectional(modele.suppleantProperty());
            validation.lier(suppleant, modele.problemeProperty(GererMembres.SUPPLEANT));
            Formulaires.ligne(this, 0, "Civilité", civilite, "Rôle *", role);
            Formulaires.ligne(this, 1, "Prénom *", prenom, "Nom *", nom);
            Formulaires.ligne(this, 2, "Fonction *", fonction, "Organisation *", organisation);
            Formulaires.ligne(this, 3, "Courriel", email, "", suppleant);
            // only a partner's: the kind of organisation the people's consent must cover for them to see a file
            ComboBox<Partenaire> partenaire = Formulaires.choix("membre-partenaire", new Partenaire[] {
                    Partenaire.SERVICE_PREVENTION_SANTE_TRAVAIL, Partenaire.CAP_EMPLOI, Partenaire.FRANCE_TRAVAIL},
                    modele.partenaireProperty());
            partenaire.setPromptText("son organisme (consentement)");
            validation.lier(partenaire, modele.problemeProperty(GererMembres.PARTENAIRE));
            Label libelle = Formulaires.libelle("Organisme partenaire *");
            javafx.beans.binding.BooleanBinding estPartenaire = modele.roleProperty().isEqualTo(Role.PARTENAIRE);
            Label vide1 = new Label("");
            Label vide2 = new Label("");
            for (javafx.scene.Node n : new javafx.scene.Node[] {vide1, vide2, libelle, partenaire}) {
                n.visibleProperty().bind(estPartenaire);
                n.managedProperty().bind(estPartenaire);
            }
            addRow(4, vide1, vide2, libelle, partenaire);
        } else {
            Formulaires.ligne(this, 0, "Civilité", civilite, "", new Label(""));
            Formulaires.ligne(this, 1, "Prénom *", prenom, "Nom *", nom);
            Formulaires.ligne(this, 2, "Fonction *", fonction, "Organisation *", organisation);
            Formulaires.ligne(this, 3, "Courriel", email, "", new Label(""));
        }
    }

    private static TextField texte(String id, javafx.beans.property.StringProperty valeur, String indication) {
        TextField champ = Formulaires.texte(id, 20, indication);
        champ.textProperty().bindBidirectional(valeur);
        return champ;
    }
}
