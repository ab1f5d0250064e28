package fr.cellulepdp.app.parametres;

import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.support.MessagesErreur;
import fr.cellulepdp.model.compte.GererComptes;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.compte.Compte;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * View model of Paramètres › Comptes: the accounts, the active members who have none yet, and the creation of an
 * account from a chosen member — its role is the member's, and its login is proposed from their name —; an account
 * disabled or enabled again; a new password given to one.
 */
public final class ModeleComptes {

    private final GererComptes gererComptes;
    private final ExecuteurTaches executeur;
    private final ObservableList<Compte> comptes = FXCollections.observableArrayList();
    private final ObservableList<Membre> membresSansCompte = FXCollections.observableArrayList();
    private final StringProperty identifiant = new SimpleStringProperty("");
    private final ObjectProperty<Membre> membre = new SimpleObjectProperty<>();
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>();
    private final StringProperty motDePasse = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper roleLibre = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper resumeSansCompte = new ReadOnlyStringWrapper("");
    /** The accounts whose password no longer opens the encrypted file, as last read. */
    private Set<String> sansAcces = Set.of();
    /** The login last proposed from a member's name: replaced when another member is chosen, unless retyped. */
    private String identifiantPropose = "";

    public ModeleComptes(GererComptes gererComptes, ExecuteurTaches executeur) {
        this.gererComptes = gererComptes;
        this.executeur = executeur;
        membre.addListener((o, avant, choisi) -> {
            roleLibre.set(choisi == null);
            if (choisi != null) {
                role.set(choisi.role());
                if (identifiant.get().isBlank() || identifiant.get().equals(identifiantPropose)) {
                    identifiantPropose = identifiantPour(choisi);
                    identifiant.set(identifiantPropose);
                }
            }
        });
    }

    /** « prénom.nom » in lower case without accents or spaces, as the demo's accounts. */
    static String identifiantPour(Membre membre) {
        String brut = (membre.prenom() + "." + membre.nom()).toLowerCase(Locale.FRENCH).replace("œ", "oe")
                .replace("æ", "ae");
        return Normalizer.normalize(brut, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[\\s']+", "-")
                .replaceAll("[^a-z0-9.-]", "");
    }

    private record Lecture(List<Compte> comptes, List<Membre> sansCompte, Set<String> sansAcces) {
    }

    public void charger() {
        executeur.executer(() -> new Lecture(gererComptes.lister(),
                gererComptes.membresSansCompte(),
                gererComptes.sansAccesALaBase()), lu -> {
                    sansAcces = lu.sansAcces();
                    comptes.setAll(lu.comptes());
                    Membre choisi = membre.get();
                    membresSansCompte.setAll(lu.sansCompte());
                    membre.set(choisi == null ? null : lu.sansCompte().stream()
                            .filter(m -> m.id().equals(choisi.id())).findFirst().orElse(null));
                    int sans = lu.sansCompte().size();
                    resumeSansCompte.set(sans == 0 ? "Chaque membre actif a un compte."
                            : sans + (sans == 1 ? " membre actif n'a" : " membres actifs n'ont")
                            + " pas encore de compte : choisissez-en un pour lui créer le sien.");
                }, e -> message.set(MessagesErreur.pourUtilisateur(e)));
    }

    /** Creates the account typed, for the member chosen (with their role) or with the role chosen. */
    public void creer() {
        String login = identifiant.get().strip();
        Membre pour = membre.get();
        Role avecRole = pour == null ? role.get() : pour.role();
        char[] mdp = motDePasse.get().toCharArray();
        char[] confirme = confirmation.get().toCharArray();
        executeur.executer(() -> gererComptes.creer(login,
                pour == null ? null : pour.id(), avecRole, mdp, confirme), compte -> {
                    message.set("Compte « " + compte.identifiant() + " » créé (" + compte.role().libelle() + ").");
                    identifiant.set("");
                    identifiantPropose = "";
                    membre.set(null);
                    role.set(null);
                    motDePasse.set("");
                    confirmation.set("");
                    charger();
                }, e -> message.set(MessagesErreur.refus("Compte refusé", e)));
    }

    /** The password typed in the form, for this account (a forgotten or re-enabled one). */
    public void nouveauMotDePasse(Compte compte) {
        executeur.executer(() -> gererComptes.changerMotDePasse(compte.id(),
                motDePasse.get().toCharArray(), confirmation.get().toCharArray()), c -> {
                    message.set("Nouveau mot de passe enregistré pour « " + c.identifiant() + " ».");
                    motDePasse.set("");
                    confirmation.set("");
                    charger();
                }, e -> message.set(MessagesErreur.refus("Mot de passe refusé", e)));
    }

    public void basculer(Compte compte) {
        executeur.executer(() -> gererComptes.activer(compte.id(),
                !compte.actif()), c -> {
                    message.set("Compte « " + c.identifiant() + " » " + (c.actif() ? "réactivé : donnez-lui un "
                            + "nouveau mot de passe (champs ci-dessus), l'ancien n'ouvre plus la base."
                            : "désactivé."));
                    charger();
                }, e -> message.set(MessagesErreur.refus("Modification refusée", e)));
    }

    /** What the table shows in « Ouvre la base ». */
    String ouvreLaBase(Compte compte) {
        return !compte.actif() ? "non (désactivé)"
                : !sansAcces.contains(compte.identifiant()) ? "oui"
                : compte.role().estInterne() ? "non : donnez un nouveau mot de passe"
                : "non : partenaire, aucune clé du fichier";
    }

    public ObservableList<Compte> comptes() {
        return comptes;
    }

    /** The active members who have no account yet. */
    public ObservableList<Membre> membresSansCompte() {
        return membresSansCompte;
    }

    public StringProperty identifiantProperty() {
        return identifiant;
    }

    public ObjectProperty<Membre> membreProperty() {
        return membre;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    /** False while a member is chosen: the account's role is theirs. */
    public ReadOnlyBooleanProperty roleLibreProperty() {
        return roleLibre.getReadOnlyProperty();
    }

    public StringProperty motDePasseProperty() {
        return motDePasse;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resumeSansCompteProperty() {
        return resumeSansCompte.getReadOnlyProperty();
    }
}
