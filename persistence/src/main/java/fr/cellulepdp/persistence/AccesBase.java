package fr.cellulepdp.persistence;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which database to open: the embedded H2 file (a path, or {@code jdbc:h2:file:…}), or a PostgreSQL server
 * ({@code jdbc:postgresql://hôte:port/base}) with its user and password. The password never shows in
 * {@link #toString()}.
 */
public final class AccesBase {

    private static final String PREFIXE_H2_FICHIER = "jdbc:h2:file:";

    private final Path fichier;
    private final String url;
    private final String utilisateur;
    private final String motDePasse;

    private AccesBase(Path fichier, String url, String utilisateur, String motDePasse) {
        this.fichier = fichier;
        this.url = url;
        this.utilisateur = utilisateur;
        this.motDePasse = motDePasse;
    }

    /** The H2 file database at {@code fichier} (with or without ".mv.db"). */
    public static AccesBase fichier(Path fichier) {
        return new AccesBase(fichier.toAbsolutePath().normalize(), null, null, null);
    }

    /**
     * A database given on the command line: a JDBC URL ("jdbc:…"), or else the path of an H2 file.
     * {@code jdbc:h2:file:CHEMIN} without settings is the same as the path.
     *
     * @param utilisateur may be null (the URL may hold it, or the file needs none)
     * @param motDePasse  may be null
     * @throws BaseIndisponibleException for an engine the application does not support, or a path it cannot read
     */
    public static AccesBase depuis(String cheminOuUrl, String utilisateur, String motDePasse) {
        String texte = Objects.requireNonNull(cheminOuUrl).strip();
        if (texte.toLowerCase(Locale.ROOT).startsWith("jdbc:")) {
            if (texte.startsWith(PREFIXE_H2_FICHIER) && !texte.contains(";")) {
                return fichier(chemin(texte.substring(PREFIXE_H2_FICHIER.length())));
            }
            if (Moteur.de(texte) == null) {
                throw new BaseIndisponibleException("Adresse de base de données non prise en charge : « " + texte
                        + " ». Indiquez un fichier H2 (chemin, ou jdbc:h2:file:…) ou un serveur PostgreSQL "
                        + "(jdbc:postgresql://hôte:port/base).", null);
            }
            return new AccesBase(null, texte, vide(utilisateur), motDePasse);
        }
        return fichier(chemin(texte));
    }

    private static Path chemin(String texte) {
        try {
            return Path.of(texte);
        } catch (InvalidPathException e) {
            throw new BaseIndisponibleException("Chemin de base de données illisible : « " + texte + " ».", e);
        }
    }

    private static String vide(String texte) {
        return texte == null || texte.isBlank() ? null : texte;
    }

    /** Opens (creating or upgrading the schema of) this database. */
    public BaseDeDonnees ouvrir() {
        return fichier != null ? BaseDeDonnees.ouvrir(fichier) : BaseDeDonnees.ouvrirUrl(url, utilisateur, motDePasse);
    }

    /** The H2 file, when this is the embedded database. */
    public Optional<Path> fichier() {
        return Optional.ofNullable(fichier);
    }

    /** True for a PostgreSQL server: several clients may share it. */
    public boolean partagee() {
        return fichier == null && Moteur.de(url) == Moteur.POSTGRESQL;
    }

    /** The user given for a server (null when none was). */
    public String utilisateur() {
        return utilisateur;
    }

    /** True when both name the same database (same file, or same URL and user). */
    public boolean memeBaseQue(AccesBase autre) {
        if (fichier != null || autre.fichier != null) {
            return fichier != null && autre.fichier != null && sansSuffixe(fichier).equals(sansSuffixe(autre.fichier));
        }
        return url.equals(autre.url) && Objects.equals(utilisateur, autre.utilisateur);
    }

    private static Path sansSuffixe(Path chemin) {
        String nom = chemin.getFileName().toString();
        return nom.endsWith(".mv.db") ? chemin.resolveSibling(nom.substring(0, nom.length() - ".mv.db".length()))
                : chemin;
    }

    /** The file, or the URL without its parameters (a password may be there) and the user. */
    @Override
    public String toString() {
        if (fichier != null) {
            return fichier.toString();
        }
        int parametres = url.indexOf('?');
        return (parametres < 0 ? url : url.substring(0, parametres)) + (utilisateur == null ? "" : " (" + utilisateur
                + ")");
    }
}
