package fr.cellulepdp.app.sauvegarde;

import fr.cellulepdp.app.document.DossierDocuments;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.notification.Coffre;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The automatic backup of this computer: the folder (a USB key, a network share), how often (minutes; 0 = only when
 * the window closes), how many backups to keep, the backup password (encrypted with the local key, like the mail
 * password) and when the last one was made. Kept beside the database in a small file, since the folder belongs to
 * the computer; it holds no personal data.
 */
public record ReglagesSauvegarde(Path dossier, int intervalleMinutes, int conserver, String motDePasseChiffre,
                                 Instant derniere) {

    static final String FICHIER = "sauvegarde-automatique.properties";
    public static final ReglagesSauvegarde AUCUN = new ReglagesSauvegarde(null, 60, 10, "", null);

    public ReglagesSauvegarde {
        motDePasseChiffre = motDePasseChiffre == null ? "" : motDePasseChiffre;
    }

    public boolean active() {
        return dossier != null && !motDePasseChiffre.isEmpty();
    }

    /** Due when active, periodic, and the interval has passed since the last backup (or none was made). */
    public boolean due(Instant maintenant) {
        return active() && intervalleMinutes > 0
                && (derniere == null || !derniere.plusSeconds(60L * intervalleMinutes).isAfter(maintenant));
    }

    public ReglagesSauvegarde avecDerniere(Instant instant) {
        return new ReglagesSauvegarde(dossier, intervalleMinutes, conserver, motDePasseChiffre, instant);
    }

    public static ReglagesSauvegarde lire(Path dossierDonnees) {
        try {
            Optional<Properties> lues = fr.cellulepdp.app.document.ProprietesLocales.lire(dossierDonnees.resolve(FICHIER));
            if (lues.isEmpty()) {
                return AUCUN;
            }
            Properties p = lues.get();
            String dossier = p.getProperty("dossier", "");
            String derniere = p.getProperty("derniere", "");
            return new ReglagesSauvegarde(dossier.isEmpty() ? null : Path.of(dossier),
                    Integer.parseInt(p.getProperty("intervalleMinutes", "60")),
                    Integer.parseInt(p.getProperty("conserver", "10")), p.getProperty("motDePasse", ""),
                    derniere.isEmpty() ? null : Instant.parse(derniere));
        } catch (IOException | RuntimeException e) {
            // an unreadable file means no automatic backup until it is set again, never a crash at start
            return AUCUN;
        }
    }

    public void ecrire(Path dossierDonnees) {
        Properties p = new Properties();
        p.setProperty("dossier", dossier == null ? "" : dossier.toString());
        p.setProperty("intervalleMinutes", Integer.toString(intervalleMinutes));
        p.setProperty("conserver", Integer.toString(conserver));
        p.setProperty("motDePasse", motDePasseChiffre);
        p.setProperty("derniere", derniere == null ? "" : derniere.toString());
        StringWriter texte = new StringWriter();
        try {
            p.store(texte, "Sauvegarde automatique de la cellule PDP (mot de passe chiffré par la clé locale)");
            DossierDocuments.ecrireAtomiquement(dossierDonnees.resolve(FICHIER),
                    texte.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("réglages de sauvegarde non enregistrés : " + e.getMessage(), e);
        }
    }

    /**
     * The settings typed in Paramètres, checked: every problem is named, and nothing is kept unless all are right.
     * An empty password keeps the one already set.
     */
    public static ReglagesSauvegarde saisis(String dossier, String intervalle, String conserver, char[] motDePasse,
                                            char[] confirmation, ReglagesSauvegarde actuels, Coffre coffre) {
        List<Probleme> problemes = new ArrayList<>();
        Path chemin = null;
        if (dossier == null || dossier.isBlank()) {
            problemes.add(new Probleme("dossier", "choisissez le dossier des sauvegardes (clé USB, partage réseau…)."));
        } else {
            try {
                chemin = Path.of(dossier.strip()).toAbsolutePath();
            } catch (InvalidPathException e) {
                problemes.add(new Probleme("dossier", "« " + dossier + " » n'est pas un chemin de dossier."));
            }
        }
        int minutes = entier(intervalle, "intervalle", 0, 7 * 24 * 60,
                "l'intervalle est un nombre de minutes entre 0 (à la fermeture seulement) et 10080 (une semaine).",
                problemes);
        int nombre = entier(conserver, "conserver", 1, 365, "le nombre de sauvegardes à garder va de 1 à 365.",
                problemes);
        boolean nouveau = motDePasse != null && motDePasse.length > 0;
        if (nouveau) {
            // the accounts' rule: a backup holds every file
            problemes.addAll(fr.cellulepdp.model.compte.GererComptes.regles("", motDePasse, confirmation));
        } else if (actuels.motDePasseChiffre().isEmpty()) {
            problemes.add(new Probleme("mot de passe", "choisissez le mot de passe qui protégera les sauvegardes "
                    + "(il sera demandé pour les restaurer)."));
        }
        if (!problemes.isEmpty()) {
            throw new SaisieInvalideException(problemes);
        }
        return new ReglagesSauvegarde(chemin, minutes, nombre,
                nouveau ? coffre.chiffrer(motDePasse) : actuels.motDePasseChiffre(), actuels.derniere());
    }

    private static int entier(String texte, String champ, int min, int max, String message, List<Probleme> problemes) {
        try {
            int valeur = Integer.parseInt(texte == null ? "" : texte.strip());
            if (valeur >= min && valeur <= max) {
                return valeur;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problemes.add(new Probleme(champ, message));
        return min;
    }
}
