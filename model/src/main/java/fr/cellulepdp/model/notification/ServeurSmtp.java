package fr.cellulepdp.model.notification;

import fr.cellulepdp.model.commun.Saisies;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.commun.Textes;
import fr.cellulepdp.model.commun.Versionne;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The outgoing mail server. The password is held encrypted ({@code motDePasseChiffre}), never in clear;
 * {@code regleMotDePasse} says which password protects the e-mailed letters.
 */
public record ServeurSmtp(UUID id, long version, String hote, int port, SecuriteSmtp securite, String utilisateur,
                          String motDePasseChiffre, String expediteur, String nomExpediteur,
                          RegleMotDePasse regleMotDePasse) implements Versionne {

    private static final Set<String> LOCAL = Set.of("localhost", "127.0.0.1", "::1");

    public ServeurSmtp {
        Objects.requireNonNull(id, "id");
        hote = Textes.nonNul(hote);
        securite = securite == null ? SecuriteSmtp.STARTTLS : securite;
        utilisateur = Textes.nonNul(utilisateur);
        motDePasseChiffre = Textes.nonNul(motDePasseChiffre);
        expediteur = Textes.nonNul(expediteur);
        nomExpediteur = Textes.nonNul(nomExpediteur);
        regleMotDePasse = regleMotDePasse == null ? RegleMotDePasse.CODE_PERSONNEL : regleMotDePasse;
    }

    /** Every problem of these settings, in French. */
    public List<Probleme> verifier() {
        List<Probleme> problemes = new ArrayList<>();
        if (hote.isEmpty()) {
            problemes.add(new Probleme("hôte", "le serveur SMTP est obligatoire."));
        }
        if (port < 1 || port > 65535) {
            problemes.add(new Probleme("port", "le port doit être compris entre 1 et 65535."));
        }
        if (securite == SecuriteSmtp.AUCUNE && !LOCAL.contains(hote.toLowerCase(java.util.Locale.ROOT))) {
            problemes.add(new Probleme("sécurité", "une connexion sans chiffrement n'est permise que vers un serveur "
                    + "local (localhost) : choisissez STARTTLS ou SSL/TLS."));
        }
        if (!Saisies.estCourriel(expediteur)) {
            problemes.add(new Probleme("expéditeur", "adresse d'expéditeur invalide (forme attendue : nom@domaine.fr)."));
        }
        return problemes;
    }
}
