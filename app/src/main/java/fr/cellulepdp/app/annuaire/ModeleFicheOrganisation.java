package fr.cellulepdp.app.annuaire;

import static fr.cellulepdp.model.annuaire.GererAnnuaire.ADRESSE;
import static fr.cellulepdp.model.annuaire.GererAnnuaire.CODE_POSTAL;
import static fr.cellulepdp.model.annuaire.GererAnnuaire.EMAIL;
import static fr.cellulepdp.model.annuaire.GererAnnuaire.NOM;
import static fr.cellulepdp.model.annuaire.GererAnnuaire.TELEPHONE;
import static fr.cellulepdp.model.annuaire.GererAnnuaire.TYPE;
import static fr.cellulepdp.model.annuaire.GererAnnuaire.VILLE;

import fr.cellulepdp.app.ui.ModeleFormulaire;
import fr.cellulepdp.model.annuaire.FicheOrganisation;
import fr.cellulepdp.model.annuaire.GererAnnuaire;
import fr.cellulepdp.model.annuaire.TypeOrganisation;
import fr.cellulepdp.model.commun.Adresse;
import fr.cellulepdp.model.commun.Probleme;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;

/** View model of an organisation's form in the directory, checked as typed with {@link GererAnnuaire#verifier}. */
public final class ModeleFicheOrganisation extends ModeleFormulaire {

    private final ObjectProperty<TypeOrganisation> type = valeur(TYPE);
    private final StringProperty nom = texte(NOM);
    private final StringProperty adresse1 = texte(ADRESSE);
    private final StringProperty adresse2 = texte(ADRESSE);
    private final StringProperty codePostal = texte(CODE_POSTAL);
    private final StringProperty ville = texte(VILLE);
    private final StringProperty email = texte(EMAIL);
    private final StringProperty telephone = texte(TELEPHONE);

    @Override
    protected List<Probleme> verifierSaisie() {
        return GererAnnuaire.verifier(fiche());
    }

    public FicheOrganisation fiche() {
        return new FicheOrganisation(type.get(), nom.get().strip(), new Adresse(adresse1.get().strip(),
                adresse2.get().strip(), codePostal.get().strip(), ville.get().strip()), email.get().strip(),
                telephone.get().strip());
    }

    /** Fills the form with an organisation as read (or empties it, for {@code null}). */
    void afficher(FicheOrganisation f) {
        remplir(() -> {
            type.set(f == null ? null : f.type());
            nom.set(f == null ? "" : f.nom());
            adresse1.set(f == null ? "" : f.adresse().ligne1());
            adresse2.set(f == null ? "" : f.adresse().ligne2());
            codePostal.set(f == null ? "" : f.adresse().codePostal());
            ville.set(f == null ? "" : f.adresse().ville());
            email.set(f == null ? "" : f.email());
            telephone.set(f == null ? "" : f.telephone());
        });
    }

    public ObjectProperty<TypeOrganisation> typeProperty() {
        return type;
    }

    public StringProperty nomProperty() {
        return nom;
    }

    public StringProperty adresse1Property() {
        return adresse1;
    }

    public StringProperty adresse2Property() {
        return adresse2;
    }

    public StringProperty codePostalProperty() {
        return codePostal;
    }

    public StringProperty villeProperty() {
        return ville;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty telephoneProperty() {
        return telephone;
    }
}
