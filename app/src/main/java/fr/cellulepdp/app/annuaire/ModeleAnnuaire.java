package fr.cellulepdp.app.annuaire;

import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.model.annuaire.GererAnnuaire;
import fr.cellulepdp.model.annuaire.FicheOrganisation;
import fr.cellulepdp.model.annuaire.Organisation;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * View model of the directory of organisations (the set-up's last step and Paramètres › Annuaire des organismes):
 * the list, active ones first; the form of the organisation chosen or of a new one; deactivating (an organisation
 * is never deleted: requests may name it) and reactivating.
 */
public final class ModeleAnnuaire {

    private final GererAnnuaire annuaire;
    private final ExecuteurTaches executeur;
    private final ObservableList<Organisation> organisations = FXCollections.observableArrayList();
    private final ModeleFicheOrganisation fiche = new ModeleFicheOrganisation();
    private final ReadOnlyObjectWrapper<Organisation> enEdition = new ReadOnlyObjectWrapper<>();

    public ModeleAnnuaire(GererAnnuaire annuaire, ExecuteurTaches executeur) {
        this.annuaire = annuaire;
        this.executeur = executeur;
    }

    public void charger() {
        executeur.executer(() -> annuaire.lister(), organisations::setAll, fiche::echec);
    }

    public void nouvelle() {
        enEdition.set(null);
        fiche.afficher(null);
        fiche.dire("");
    }

    public void editer(Organisation organisation) {
        if (organisation == null) {
            nouvelle();
            return;
        }
        enEdition.set(organisation);
        fiche.afficher(organisation.fiche());
        fiche.dire("");
    }

    /** Adds the new organisation or changes the one chosen; refused with every problem, nothing saved. */
    public void enregistrer() {
        if (fiche.refuserSiInvalide("Enregistrement refusé")) {
            return;
        }
        FicheOrganisation saisie = fiche.fiche();
        Organisation lue = enEdition.get();
        executeur.executer(() -> lue == null ? annuaire.ajouter(saisie)
                : annuaire.modifier(lue, saisie), organisation -> {
                    enEdition.set(organisation);
                    fiche.afficher(organisation.fiche());
                    fiche.reussi((lue == null ? "Organisme ajouté : " : "Organisme enregistré : ")
                            + organisation.nom() + ".");
                    charger();
                }, e -> fiche.refuse("Enregistrement refusé", e));
    }

    /** Deactivates an organisation (no longer offered in the forms), or reactivates it. */
    public void basculerActif(Organisation organisation) {
        executeur.executer(() -> annuaire.activer(organisation.id(),
                !organisation.actif()), change -> {
                    if (enEdition.get() != null && enEdition.get().id().equals(change.id())) {
                        enEdition.set(change);
                    }
                    fiche.reussi(change.nom() + (change.actif() ? " : de nouveau proposé dans les formulaires."
                            : " : désactivé, il n'est plus proposé dans les formulaires."));
                    charger();
                }, e -> fiche.refuse("Modification refusée", e));
    }

    public ObservableList<Organisation> organisations() {
        return organisations;
    }

    public ModeleFicheOrganisation fiche() {
        return fiche;
    }

    public ReadOnlyObjectProperty<Organisation> enEditionProperty() {
        return enEdition.getReadOnlyProperty();
    }
}
