package fr.cellulepdp.app.document;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.notification.Coffre;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The time-stamp authority of this computer's signatures, read, set and tried by the coordinatrice — from
 * Paramètres or {@code settings tsa}. The settings live beside the database (no personal data), their change in
 * the audit trail.
 */
public final class ParametrerHorodatage {

    private final Audit audit;
    private final Coffre coffre;
    private final Path dossierDonnees;
    private final UtilisateurCourant utilisateurCourant;

    /** @param audit the trail the change is noted on */
    public ParametrerHorodatage(Audit audit, Coffre coffre, Path dossierDonnees,
                                UtilisateurCourant utilisateurCourant) {
        this.audit = audit;
        this.coffre = coffre;
        this.dossierDonnees = dossierDonnees;
        this.utilisateurCourant = utilisateurCourant;
    }

    public ReglagesHorodatage lire() {
        autoriser();
        return ReglagesHorodatage.lire(dossierDonnees);
    }

    private Utilisateur autoriser() {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "horodatage", "paramètre l'horodatage des signatures");
        return acteur;
    }

    /**
     * @param motDePasse empty with the same user: the password saved before is kept
     */
    public ReglagesHorodatage enregistrer(String url, String utilisateur, char[] motDePasse) {
        Utilisateur acteur = autoriser();
        ReglagesHorodatage avant = ReglagesHorodatage.lire(dossierDonnees);
        ReglagesHorodatage reglages = ReglagesHorodatage.valider(url, utilisateur, motDePasse, coffre);
        if (motDePasse.length == 0 && reglages.utilisateur().equals(avant.utilisateur())
                && !reglages.utilisateur().isEmpty()) {
            reglages = new ReglagesHorodatage(reglages.url(), reglages.utilisateur(), avant.motDePasseChiffre());
        }
        reglages.ecrire(dossierDonnees);
        audit.noter(acteur, "HORODATAGE_PARAMETRE", "Parametres", null,
                reglages.actif() ? "serveur d'horodatage choisi" : "horodatage arrêté");
        return reglages;
    }

    /**
     * Asks the authority saved for one token, as a signature would.
     *
     * @throws SaisieInvalideException when none is set or it gives none (unreachable, refused, not an RFC 3161 server)
     */
    public void essayer() {
        ReglagesHorodatage reglages = lire();
        if (!reglages.actif()) {
            throw new SaisieInvalideException("URL du serveur d'horodatage", "aucun serveur n'est enregistré.");
        }
        if (reglages.horodatage(coffre).jeton("essai".getBytes(StandardCharsets.UTF_8)).isEmpty()) {
            throw new SaisieInvalideException("URL du serveur d'horodatage", "le serveur « " + reglages.url()
                    + " » n'a pas donné de jeton d'horodatage (injoignable, identifiants refusés, ou pas un serveur "
                    + "RFC 3161) ; les signatures restent sans horodatage jusqu'à ce qu'il réponde.");
        }
    }
}
