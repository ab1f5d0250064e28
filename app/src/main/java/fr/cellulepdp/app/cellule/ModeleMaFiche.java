package fr.cellulepdp.app.cellule;

import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.model.cellule.GererMembres;
import fr.cellulepdp.model.cellule.ParametrerCellule;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.cellule.FicheMembre;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Utilisateur;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * View model of the coordinatrice's own member form (the set-up's second step): her names, function, organisation
 * and e-mail, so that meetings, decisions and minutes name her. The first save creates her member with her
 * account's role and ties her account to it ({@code GererMembres.ajouterMaFiche}); the session then acts as that
 * member. Once tied, the form changes her member.
 */
public final class ModeleMaFiche {

    private final GererMembres gererMembres;
    private final ParametrerCellule parametrerCellule;
    private final UtilisateurCourant utilisateurCourant;
    /** The session acts as her member once her account is tied to it. */
    private final Consumer<Utilisateur> reconnecter;
    private final ExecuteurTaches executeur;
    private final ModeleFicheMembre fiche = new ModeleFicheMembre();
    private final ReadOnlyBooleanWrapper faite = new ReadOnlyBooleanWrapper(false);
    /** Her member as read, once her account is tied to one. */
    private Membre lue;

    public ModeleMaFiche(GererMembres gererMembres, ParametrerCellule parametrerCellule,
            UtilisateurCourant utilisateurCourant,
            Consumer<Utilisateur> reconnecter, ExecuteurTaches executeur) {
        this.reconnecter = reconnecter;
        this.gererMembres = gererMembres;
        this.parametrerCellule = parametrerCellule;
        this.utilisateurCourant = utilisateurCourant;
        this.executeur = executeur;
    }

    private record Lecture(Optional<Membre> membre, String cpam) {
    }

    public void charger() {
        Utilisateur moi = utilisateurCourant.utilisateur();
        executeur.executer(() -> new Lecture(Optional.ofNullable(moi.membreId()).flatMap(id ->
                gererMembres.lister().stream().filter(m -> m.id().equals(id)).findFirst()),
                parametrerCellule.lire().map(Cellule::cpam).orElse("")), lu -> {
                    lue = lu.membre().orElse(null);
                    faite.set(lue != null);
                    // a new form suggests the cell's CPAM as her organisation
                    fiche.afficher(lu.membre().map(Membre::fiche).orElse(new FicheMembre("", "", "", "", lu.cpam(),
                            moi.role(), "", false)));
                }, fiche::echec);
    }

    /** Creates her member and ties her account to it, or changes it; refused with every problem, nothing saved. */
    public void enregistrer() {
        if (fiche.refuserSiInvalide("Enregistrement refusé")) {
            return;
        }
        Utilisateur moi = utilisateurCourant.utilisateur();
        Membre avant = lue;
        FicheMembre saisie = fiche.fiche();
        executeur.executer(() -> avant == null ? gererMembres.ajouterMaFiche(saisie)
                : gererMembres.modifier(avant, new FicheMembre(saisie.civilite(), saisie.prenom(),
                        saisie.nom(), saisie.fonction(), saisie.organisation(), avant.role(), saisie.email(),
                        avant.suppleant())), membre -> {
                    if (avant == null) {
                        // from now on the session acts as her member: meetings and decisions name her
                        reconnecter.accept(new Utilisateur(membre.id(), moi.identifiant(), moi.role()));
                    }
                    lue = membre;
                    faite.set(true);
                    fiche.afficher(membre.fiche());
                    fiche.reussi("Votre fiche est enregistrée : " + membre.nomComplet() + ", "
                            + membre.role().libelle().toLowerCase(java.util.Locale.FRENCH) + ".");
                }, e -> fiche.refuse("Enregistrement refusé", e));
    }

    /** The cell was just saved: her organisation is suggested from its CPAM, unless she typed one. */
    public void proposerOrganisation(String cpam) {
        if (lue == null) {
            fiche.proposerOrganisation(cpam);
        }
    }

    public ModeleFicheMembre fiche() {
        return fiche;
    }

    /** True once her account is tied to her member. */
    public ReadOnlyBooleanProperty faiteProperty() {
        return faite.getReadOnlyProperty();
    }
}
