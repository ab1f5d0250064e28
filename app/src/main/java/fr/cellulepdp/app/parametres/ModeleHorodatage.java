package fr.cellulepdp.app.parametres;

import fr.cellulepdp.app.document.ReglagesHorodatage;
import fr.cellulepdp.app.ui.ModeleFormulaire;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.document.ParametrerHorodatage;
import fr.cellulepdp.model.commun.Probleme;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;

/**
 * View model of Paramètres › Courriers › Horodatage: the RFC 3161 authority that makes this computer's signatures
 * PAdES B-T — its address, an optional account (the password typed is never shown again: left empty, the one saved
 * stays) — saved, stopped, or tried with one request.
 */
public final class ModeleHorodatage extends ModeleFormulaire {

    static final String URL = "URL du serveur d'horodatage";
    static final String COMPTE = "identifiant";

    private final ParametrerHorodatage parametrerHorodatage;
    private final ExecuteurTaches executeur;
    private final StringProperty url = texte(URL);
    private final StringProperty utilisateur = texte(COMPTE);
    private final StringProperty motDePasse = texte("mot de passe");
    private final ReadOnlyStringWrapper etat = new ReadOnlyStringWrapper("");

    public ModeleHorodatage(ParametrerHorodatage parametrerHorodatage, ExecuteurTaches executeur) {
        this.parametrerHorodatage = parametrerHorodatage;
        this.executeur = executeur;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty utilisateurProperty() {
        return utilisateur;
    }

    public StringProperty motDePasseProperty() {
        return motDePasse;
    }

    /** What the signatures are now: with or without time-stamp, and from which authority. */
    public ReadOnlyStringProperty etatProperty() {
        return etat.getReadOnlyProperty();
    }

    @Override
    protected List<Probleme> verifierSaisie() {
        List<Probleme> problemes = new ArrayList<>();
        String adresse = url.get().strip();
        if (!adresse.isEmpty() && !adresseHttp(adresse)) {
            problemes.add(new Probleme(URL, "« " + adresse + " » n'est pas une adresse http:// ou https://."));
        }
        if (utilisateur.get().isBlank() && !motDePasse.get().isEmpty()) {
            problemes.add(new Probleme(COMPTE, "un mot de passe sans identifiant ne sert à rien : donnez "
                    + "l'identifiant du compte, ou videz le mot de passe."));
        }
        return problemes;
    }

    private static boolean adresseHttp(String adresse) {
        try {
            URI uri = new URI(adresse);
            return uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme())
                    || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    public void charger() {
        executeur.executer(() -> parametrerHorodatage.lire(), this::afficher,
                this::echec);
    }

    private void afficher(ReglagesHorodatage reglages) {
        remplir(() -> {
            url.set(reglages.url());
            utilisateur.set(reglages.utilisateur());
            motDePasse.set("");
        });
        etat.set(reglages.actif() ? "Signatures horodatées (PAdES B-T) par " + reglages.url()
                + (reglages.utilisateur().isEmpty() ? "" : ", compte « " + reglages.utilisateur() + " »")
                + ". Hors ligne, elles le seront au prochain envoi des courriels."
                : "Aucun serveur : les signatures ne sont pas horodatées (PAdES B-B).");
    }

    /** Saves what is typed; an empty address stops time-stamping. */
    public void enregistrer() {
        if (refuserSiInvalide("Enregistrement refusé")) {
            return;
        }
        String adresse = url.get();
        String compte = utilisateur.get();
        char[] secret = motDePasse.get().toCharArray();
        executeur.executer(() -> parametrerHorodatage.enregistrer(adresse,
                compte, secret), reglages -> {
                    afficher(reglages);
                    reussi(reglages.actif() ? "Serveur d'horodatage enregistré." : "Horodatage arrêté.");
                }, e -> refuse("Enregistrement refusé", e));
    }

    /** Asks the saved authority for one time-stamp, as a signature would. */
    public void essayer() {
        dire("Essai en cours…");
        executeur.executer(() -> {
            parametrerHorodatage.essayer();
            return null;
        }, rien -> dire("Le serveur a répondu par un jeton d'horodatage valide."), e -> refuse("Essai manqué", e));
    }
}
