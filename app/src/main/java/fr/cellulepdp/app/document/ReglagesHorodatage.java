package fr.cellulepdp.app.document;

import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.notification.Coffre;
import fr.cellulepdp.reports.signature.Horodatage;
import fr.cellulepdp.reports.signature.ServeurHorodatage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The RFC 3161 time-stamp authority of this computer's signatures: its URL and optional credentials (the password
 * encrypted with the local key, like the mail server's). Kept beside the database, like the automatic backup's
 * settings: no personal data. Without it, signatures are PAdES B-B.
 */
public record ReglagesHorodatage(String url, String utilisateur, String motDePasseChiffre) {

    static final String FICHIER = "horodatage.properties";
    public static final ReglagesHorodatage AUCUN = new ReglagesHorodatage("", "", "");

    public boolean actif() {
        return !url.isEmpty();
    }

    /** The authority to ask, or none. */
    public Horodatage horodatage(Coffre coffre) {
        if (!actif()) {
            return Horodatage.AUCUN;
        }
        return new ServeurHorodatage(URI.create(url), utilisateur,
                motDePasseChiffre.isEmpty() ? new char[0] : coffre.dechiffrer(motDePasseChiffre));
    }

    /** Checked settings: an http(s) URL (empty to stop time-stamping), the password encrypted. */
    public static ReglagesHorodatage valider(String url, String utilisateur, char[] motDePasse, Coffre coffre) {
        String adresse = url == null ? "" : url.strip();
        if (!adresse.isEmpty()) {
            try {
                URI uri = new URI(adresse);
                if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                        || uri.getHost() == null) {
                    throw new URISyntaxException(adresse, "schéma");
                }
            } catch (URISyntaxException e) {
                throw new SaisieInvalideException("URL du serveur d'horodatage", "« " + adresse
                        + " » n'est pas une adresse http:// ou https://.");
            }
        }
        String compte = utilisateur == null ? "" : utilisateur.strip();
        return new ReglagesHorodatage(adresse, compte, compte.isEmpty() || motDePasse == null
                || motDePasse.length == 0 ? "" : coffre.chiffrer(motDePasse));
    }

    public static ReglagesHorodatage lire(Path dossierDonnees) {
        try {
            return ProprietesLocales.lire(dossierDonnees.resolve(FICHIER)).map(p -> new ReglagesHorodatage(
                    p.getProperty("url", ""), p.getProperty("utilisateur", ""),
                    p.getProperty("motDePasseChiffre", ""))).orElse(AUCUN);
        } catch (IOException e) {
            throw new UncheckedIOException("lecture des paramètres d'horodatage impossible", e);
        }
    }

    public void ecrire(Path dossierDonnees) {
        Properties p = new Properties();
        p.setProperty("url", url);
        p.setProperty("utilisateur", utilisateur);
        p.setProperty("motDePasseChiffre", motDePasseChiffre);
        try {
            ProprietesLocales.ecrire(dossierDonnees.resolve(FICHIER), p, "Serveur d'horodatage RFC 3161 des signatures");
        } catch (IOException e) {
            throw new UncheckedIOException("écriture des paramètres d'horodatage impossible", e);
        }
    }
}
