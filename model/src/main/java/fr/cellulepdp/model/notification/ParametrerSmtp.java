package fr.cellulepdp.model.notification;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.audit.Differences;
import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Use case: the outgoing mail server; the password is encrypted before it is stored. Each change goes into the
 * audit trail by field name (a changed password shows as {@code motDePasseChiffre}, never its value).
 */
public final class ParametrerSmtp {

    private final StockageNotifications stockage;
    private final Coffre coffre;
    private final Horloge horloge;
    private final UtilisateurCourant utilisateurCourant;

    public ParametrerSmtp(StockageNotifications stockage, Coffre coffre, Horloge horloge,
            UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.coffre = coffre;
        this.horloge = horloge;
        this.utilisateurCourant = utilisateurCourant;
    }

    /** The mail server set, for the coordinatrice (its login and encrypted password are hers to handle). */
    public Optional<ServeurSmtp> lire() {
        Droits.coordinatrice(utilisateurCourant.utilisateur(), "SMTP", "paramètre l'envoi des courriels");
        return stockage.serveursSmtp().existant();
    }

    /** True when a mail server is set: the outbox has somewhere to send. */
    public boolean parametre() {
        return lire().isPresent();
    }

    /**
     * @param motDePasse null keeps the password already stored
     * @throws SaisieInvalideException naming every problem; nothing is saved then
     */
    public ServeurSmtp enregistrer(String hote, int port, SecuriteSmtp securite, String utilisateur,
                                   char[] motDePasse, String expediteur, String nomExpediteur) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        return enregistrer(hote, port, securite, utilisateur, motDePasse, expediteur, nomExpediteur,
                lire().map(ServeurSmtp::regleMotDePasse).orElse(RegleMotDePasse.CODE_PERSONNEL));
    }

    /** The same, choosing the password rule of the e-mailed letters. */
    public ServeurSmtp enregistrer(String hote, int port, SecuriteSmtp securite, String utilisateur,
                                   char[] motDePasse, String expediteur, String nomExpediteur,
                                   RegleMotDePasse regle) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "SMTP", "paramètre l'envoi des courriels");
        return stockage.transactions().inTransaction(() -> {
            Optional<ServeurSmtp> actuel = lire();
            String chiffre = motDePasse != null ? (motDePasse.length == 0 ? "" : coffre.chiffrer(motDePasse))
                    : actuel.map(ServeurSmtp::motDePasseChiffre).orElse("");
            ServeurSmtp serveur = new ServeurSmtp(actuel.map(ServeurSmtp::id).orElseGet(UUID::randomUUID),
                    actuel.map(ServeurSmtp::version).orElse(0L), hote, port, securite, utilisateur, chiffre, expediteur,
                    nomExpediteur, regle);
            List<Probleme> problemes = serveur.verifier();
            if (!problemes.isEmpty()) {
                throw new SaisieInvalideException(problemes);
            }
            ServeurSmtp enregistre = stockage.serveursSmtp().save(serveur);
            new Audit(stockage, horloge).noter(acteur, "PARAMETRES_SMTP", "ServeurSmtp", enregistre.id(),
                    actuel.map(avant -> Differences.champs(avant, serveur)).orElse("serveur renseigné"));
            return enregistre;
        });
    }
}
