package fr.cellulepdp.app.parametres;

import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.support.MessagesErreur;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.notification.EnvoiImpossibleException;
import fr.cellulepdp.model.notification.EnvoyerCourriers;
import fr.cellulepdp.model.notification.ParametrerSmtp;
import fr.cellulepdp.model.notification.RegleMotDePasse;
import fr.cellulepdp.model.notification.SecuriteSmtp;
import fr.cellulepdp.model.notification.ServeurSmtp;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * View model of the mail server settings: the fields as read, the password left empty (empty keeps the saved one),
 * the warning of a guessable password rule; saving (a guessable rule newly chosen is confirmed first) and the test
 * e-mail say their outcome in one line. A refusal keeps every field as typed.
 */
final class ModeleSmtp {

    private final ParametrerSmtp parametrer;
    private final EnvoyerCourriers envoyer;
    private final UtilisateurCourant acteur;
    private final ExecuteurTaches executeur;
    final StringProperty hote = new SimpleStringProperty("");
    final StringProperty port = new SimpleStringProperty("");
    final ObjectProperty<SecuriteSmtp> securite = new SimpleObjectProperty<>(SecuriteSmtp.STARTTLS);
    final StringProperty utilisateur = new SimpleStringProperty("");
    final StringProperty motDePasse = new SimpleStringProperty("");
    final StringProperty expediteur = new SimpleStringProperty("");
    final StringProperty nomExpediteur = new SimpleStringProperty("");
    final ObjectProperty<RegleMotDePasse> regle = new SimpleObjectProperty<>(RegleMotDePasse.CODE_PERSONNEL);
    private final ReadOnlyStringWrapper avertissement = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper etat = new ReadOnlyStringWrapper("");
    /** The rule as saved: choosing a guessable one asks to confirm. */
    private RegleMotDePasse regleEnregistree = RegleMotDePasse.CODE_PERSONNEL;

    ModeleSmtp(ParametrerSmtp parametrer, EnvoyerCourriers envoyer, UtilisateurCourant acteur,
               ExecuteurTaches executeur) {
        this.parametrer = parametrer;
        this.envoyer = envoyer;
        this.acteur = acteur;
        this.executeur = executeur;
        avertissement.bind(Bindings.createStringBinding(
                () -> regle.get() == null ? "" : regle.get().avertissement(), regle));
    }

    void actualiser() {
        executeur.executer(() -> parametrer.lire(), this::afficher,
                e -> etat.set(MessagesErreur.pourUtilisateur(e)));
    }

    private void afficher(Optional<ServeurSmtp> lu) {
        lu.ifPresent(s -> {
            hote.set(s.hote());
            port.set(Integer.toString(s.port()));
            securite.set(s.securite());
            utilisateur.set(s.utilisateur());
            expediteur.set(s.expediteur());
            nomExpediteur.set(s.nomExpediteur());
            regle.set(s.regleMotDePasse());
            regleEnregistree = s.regleMotDePasse();
        });
        motDePasse.set("");
    }

    /**
     * « Enregistrer le serveur ».
     *
     * @param confirme asked whether to keep a guessable rule newly chosen; false leaves everything unsaved
     */
    void enregistrer(Predicate<RegleMotDePasse> confirme) {
        int numero;
        try {
            numero = Integer.parseInt(port.get().strip());
        } catch (NumberFormatException e) {
            etat.set("Refusé : le port doit être un nombre (587 en STARTTLS, 465 en SSL/TLS).");
            return;
        }
        RegleMotDePasse choisie = regle.get();
        if (choisie.devinable() && choisie != regleEnregistree && !confirme.test(choisie)) {
            etat.set("Non enregistré : la règle du mot de passe est restée « " + regleEnregistree.libelle() + " ».");
            return;
        }
        char[] saisi = motDePasse.get().isEmpty() ? null : motDePasse.get().toCharArray();
        String h = hote.get();
        SecuriteSmtp sec = securite.get();
        String u = utilisateur.get();
        String exp = expediteur.get();
        String nom = nomExpediteur.get();
        executeur.executer(() -> parametrer.enregistrer(h, numero, sec, u, saisi, exp, nom,
                choisie),
                s -> {
                    afficher(Optional.of(s));
                    etat.set("Serveur enregistré" + (s.motDePasseChiffre().isEmpty() ? "." : ", mot de passe "
                            + "chiffré."));
                }, e -> etat.set("Refusé : " + MessagesErreur.pourUtilisateur(e)));
    }

    /** « Envoyer un courriel d'essai… » to the address given, with the settings as saved. */
    void essai(String adresse) {
        String a = adresse.strip();
        executeur.executer(() -> {
            try {
                envoyer.essai(a);
                return "Courriel d'essai accepté par le serveur pour " + a + ".";
            } catch (EnvoiImpossibleException e) {
                return "Échec de l'envoi. Réponse du serveur : " + e.raison();
            }
        }, etat::set, e -> etat.set(MessagesErreur.pourUtilisateur(e)));
    }

    ReadOnlyStringProperty avertissementProperty() {
        return avertissement.getReadOnlyProperty();
    }

    ReadOnlyStringProperty etatProperty() {
        return etat.getReadOnlyProperty();
    }
}
