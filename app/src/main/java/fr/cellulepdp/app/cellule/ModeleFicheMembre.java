package fr.cellulepdp.app.cellule;

import fr.cellulepdp.app.ui.ModeleFormulaire;
import fr.cellulepdp.model.cellule.FicheMembre;
import fr.cellulepdp.model.cellule.GererMembres;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.cellule.Partenaire;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;

/**
 * View model of a member's form — civility, names, function, organisation, role, e-mail, whether they stand in
 * for the coordinatrice and, for a partner, the kind of organisation the people's consent must cover —, checked as typed with {@link GererMembres#verifier}. The members' list and the
 * coordinatrice's own form use it.
 */
public final class ModeleFicheMembre extends ModeleFormulaire {

    /** The civility's field name in the use case's problems. */
    public static final String CIVILITE = "civilité";

    private final StringProperty civilite = texte(CIVILITE);
    private final StringProperty prenom = texte(GererMembres.PRENOM);
    private final StringProperty nom = texte(GererMembres.NOM);
    private final StringProperty fonction = texte(GererMembres.FONCTION);
    private final StringProperty organisation = texte(GererMembres.ORGANISATION);
    private final ObjectProperty<Role> role = valeur(GererMembres.ROLE);
    private final StringProperty email = texte(GererMembres.EMAIL);
    private final BooleanProperty suppleant = drapeau(GererMembres.SUPPLEANT);
    private final ObjectProperty<Partenaire> partenaire = valeur(GererMembres.PARTENAIRE);

    @Override
    protected List<Probleme> verifierSaisie() {
        return GererMembres.verifier(fiche());
    }

    /** The member as typed. */
    public FicheMembre fiche() {
        return new FicheMembre(civilite.get().strip(), prenom.get().strip(), nom.get().strip(),
                fonction.get().strip(), organisation.get().strip(), role.get(), email.get().strip(),
                suppleant.get(), partenaire.get());
    }

    /** Fills the form with a member as read (or empties it, for {@code null}), no problem shown yet. */
    void afficher(FicheMembre f) {
        remplir(() -> {
            civilite.set(f == null ? "" : f.civilite());
            prenom.set(f == null ? "" : f.prenom());
            nom.set(f == null ? "" : f.nom());
            fonction.set(f == null ? "" : f.fonction());
            organisation.set(f == null ? "" : f.organisation());
            role.set(f == null ? null : f.role());
            email.set(f == null ? "" : f.email());
            suppleant.set(f != null && f.suppleant());
            partenaire.set(f == null ? null : f.partenaire());
        });
    }

    /** The role a new form starts with (the coordinatrice's own form: hers), not counted as typing. */
    void roleInitial(Role initial) {
        remplir(() -> role.set(initial));
    }

    /** Suggests an organisation, when none is typed yet. */
    void proposerOrganisation(String nom) {
        if (organisation.get().isBlank()) {
            proposer(() -> organisation.set(nom));
        }
    }

    public StringProperty civiliteProperty() {
        return civilite;
    }

    public StringProperty prenomProperty() {
        return prenom;
    }

    public StringProperty nomProperty() {
        return nom;
    }

    public StringProperty fonctionProperty() {
        return fonction;
    }

    public StringProperty organisationProperty() {
        return organisation;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public BooleanProperty suppleantProperty() {
        return suppleant;
    }

    /** A partner's kind of organisation, which the people's consent must cover for them to see a file. */
    public ObjectProperty<Partenaire> partenaireProperty() {
        return partenaire;
    }
}
