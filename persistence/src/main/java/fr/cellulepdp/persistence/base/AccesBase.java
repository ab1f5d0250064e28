package fr.cellulepdp.persistence.base;

import fr.cellulepdp.persistence.depot.Moteur;

import fr.cellulepdp.model.compte.AccesChiffre;
import fr.cellulepdp.model.compte.DerivationMotDePasse;
import fr.cellulepdp.persistence.compte.HachageArgon2;
import java.nio.file.InvalidPathException;
import java.time.Instant;
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
    private final boolean compacterALaFermeture;

    private AccesBase(Path fichier, String url, String utilisateur, String motDePasse) {
        this(fichier, url, utilisateur, motDePasse, true);
    }

    private AccesBase(Path fichier, String url, String utilisateur, String motDePasse, boolean compacterALaFermeture) {
        this.fichier = fichier;
        this.url = url;
        this.utilisateur = utilisateur;
        this.motDePasse = motDePasse;
        this.compacterALaFermeture = compacterALaFermeture;
    }

    /**
     * The same database, its H2 file closed without H2's compaction (up to 200 ms of moving and re-encrypting chunks
     * at each closing): for a short command that ends as soon as it has written, such as {@code render} (decision
     * 0052's amendment of 5 December 2026). The space it leaves free is reused by the next writes and compacted by
     * the next closing that compacts (the window's, another command's). A server is not concerned.
     */
    public AccesBase sansCompactionALaFermeture() {
        return new AccesBase(fichier, url, utilisateur, motDePasse, false);
    }

    /** The H2 file database at {@code fichier} (with or without ".mv.db"). */
    public static AccesBase fichier(Path fichier) {
        Path absolu = fichier.toAbsolutePath().normalize();
        // a restore interrupted by a crash is finished, or thrown away, before anything reads the file
        RestaurationBase.terminer(absolu);
        return new AccesBase(absolu, null, null, null);
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

    /**
     * Opens (creating or upgrading the schema of) this database without a password: a server; a file whose key no
     * account holds yet (a new file is created encrypted, its key kept in clear until the first account); or a file
     * from before encryption, still in clear until {@link #proteger}.
     *
     * @throws BaseVerrouilleeException when the file opens only with an account's password
     */
    public BaseDeDonnees ouvrir() {
        if (fichier == null) {
            if (ConnexionParCompte.parCompte(url, utilisateur)) {
                // no user: each account's own role, which only its login names (verrouillee() says so first)
                throw new BaseIndisponibleException("Le serveur PostgreSQL (" + this + ") s'ouvre avec le rôle d'un "
                        + "compte : indiquez --user IDENTIFIANT, ou le rôle propriétaire pour la mise en place ou "
                        + "une copie (--db-user, --to-user NOM).", null);
            }
            return BaseDeDonnees.ouvrirUrl(url, utilisateur, motDePasse);
        }
        TrousseauCles trousseau = trousseau();
        if (trousseau.existe() && !OuvertureH2.existe(fichier)) {
            // the key ring of a database file deleted since: a new database gets its own key
            trousseau.mettreDeCote(".sans-base");
        }
        if (trousseau.existe()) {
            return ouvrirChiffree(trousseau.cleProvisoire().orElseThrow(() -> new BaseVerrouilleeException(fichier)));
        }
        if (!OuvertureH2.existe(fichier)) {
            byte[] cle = TrousseauCles.nouvelleCle();
            trousseau.creerProvisoire(cle);
            return ouvrirChiffree(cle);
        }
        return BaseDeDonnees.ouvrir(fichier, compacterALaFermeture);
    }

    /**
     * Opens the database, unlocking an encrypted file with this account's password when it needs one. Only the key
     * is checked here; the account itself (enabled, role) is the login use case's.
     *
     * @throws fr.cellulepdp.model.commun.SaisieInvalideException the login refusal, or the wait after misses
     */
    public BaseDeDonnees ouvrir(String identifiant, char[] motDePasse, Instant maintenant) {
        return ouvrirEnTantQue(identifiant, motDePasse, maintenant).base();
    }

    /**
     * The same, saying whether the password was proved on the way: true when it unwrapped this login's own key-ring
     * entry (AES-GCM, the login's digest as associated data), so the login need not run Argon2id a second time. On a
     * server reached through the account's own role, the account's hash is still checked.
     */
    public Ouverture ouvrirEnTantQue(String identifiant, char[] motDePasse, Instant maintenant) {
        // the login's one Argon2id (decision 0041): the key ring, then the signing keys, share its master key
        DerivationMotDePasse derivation = DerivationMotDePasse.pour(new HachageArgon2(), motDePasse);
        if (fichier == null && ConnexionParCompte.parCompte(url, utilisateur)) {
            return new Ouverture(ConnexionParCompte.ouvrir(url, identifiant, motDePasse), false, derivation);
        }
        return verrouillee()
                ? new Ouverture(ouvrirChiffree(trousseau().deverrouiller(identifiant, derivation, maintenant)), true,
                derivation)
                : new Ouverture(ouvrir(), false, derivation);
    }

    /**
     * An opened database, whether opening it proved the account's password, and the login's derivation (holding
     * the master key when the key ring was opened).
     */
    public record Ouverture(BaseDeDonnees base, boolean motDePasseProuve, DerivationMotDePasse derivation) {
    }

    /**
     * After a successful login: this account's key-ring entry, when in the former format or under another salt, is
     * wrapped again under the login's (decision 0041). Nothing for a server or a file in clear.
     */
    public void reenvelopper(String identifiant, DerivationMotDePasse derivation) {
        if (fichier != null) {
            trousseau().reenvelopper(identifiant, derivation);
        }
    }

    /**
     * The tries the key ring refused since they were last recorded — this account's, and those with an unknown login
     * — as French sentences for the audit trail (which was shut while they were refused); each is given once.
     */
    public java.util.List<RefusNonJournalise> refusNonJournalises(String identifiant) {
        if (fichier == null) {
            return java.util.List.of();
        }
        TrousseauCles.Refus refus = trousseau().prendreRefus(identifiant);
        java.util.List<RefusNonJournalise> phrases = new java.util.ArrayList<>();
        if (refus.duCompte() > 0) {
            phrases.add(new RefusNonJournalise(false, refus.duCompte() + " mot(s) de passe refusé(s) sur le fichier "
                    + "chiffré, le dernier à " + refus.dernierDuCompte()));
        }
        if (refus.inconnus() > 0) {
            phrases.add(new RefusNonJournalise(true, refus.inconnus() + " tentative(s) avec un identifiant inconnu "
                    + "sur le fichier chiffré, la dernière à " + refus.dernierInconnu()));
        }
        return phrases;
    }

    /** Refused tries to record: by the account that has just opened the file, or with a login no account has. */
    public record RefusNonJournalise(boolean identifiantInconnu, String details) {
    }

    /**
     * True when the database opens only with an account's password: an encrypted file, or a server given without a
     * database user, where each account connects as its own role with its password (asked once, at the login).
     */
    public boolean verrouillee() {
        return fichier == null ? ConnexionParCompte.parCompte(url, utilisateur) : trousseau().verrouille();
    }

    /** True for a file no password protects yet: in clear (made before encryption), or its key kept in clear. */
    public boolean aProteger() {
        return fichier != null && !trousseau().verrouille();
    }

    /**
     * Protects the closed file with this account's password: encrypts a file in clear, or wraps the key kept in
     * clear. The other accounts open it again once the coordinatrice has given them a new password.
     */
    public void proteger(String identifiant, char[] motDePasse) {
        proteger(identifiant, DerivationMotDePasse.nouvelle(new HachageArgon2(), motDePasse));
    }

    /** The same under the login's salt, the one of the account's signing keys: later logins derive once. */
    public void proteger(String identifiant, DerivationMotDePasse derivation) {
        TrousseauCles trousseau = trousseau();
        if (trousseau.existe()) {
            trousseau.cleProvisoire().ifPresent(cle -> trousseau.accorder(identifiant, derivation, cle));
            return;
        }
        byte[] cle = TrousseauCles.nouvelleCle();
        // the key ring first: a file encrypted without its key ring could never be read again
        trousseau.accorder(identifiant, derivation, cle);
        try {
            OuvertureH2.chiffrer(fichier, cle);
        } catch (RuntimeException e) {
            trousseau.supprimer();
            throw e;
        }
    }

    /** The key ring's bytes, for the backup: empty for a server or a file in clear. */
    public Optional<byte[]> trousseauPourSauvegarde() {
        return fichier == null ? Optional.empty() : trousseau().contenu();
    }

    private BaseDeDonnees ouvrirChiffree(byte[] cle) {
        TrousseauCles trousseau = trousseau();
        return BaseDeDonnees.ouvrirChiffree(fichier, cle, compacterALaFermeture, new AccesChiffre() {
            @Override
            public void accorder(String identifiant, char[] motDePasse) {
                trousseau.accorder(identifiant, motDePasse, cle);
            }

            @Override
            public void accorder(String identifiant, DerivationMotDePasse derivation) {
                trousseau.accorder(identifiant, derivation, cle);
            }

            @Override
            public void retirer(String identifiant) {
                trousseau.retirer(identifiant);
            }

            @Override
            public boolean ouvre(String identifiant) {
                return trousseau.cleProvisoire().isPresent() || trousseau.detient(identifiant);
            }
        }, new fr.cellulepdp.model.audit.SceauJournal() {
            @Override
            public Optional<Sceau> lire() {
                return trousseau.sceau().flatMap(Sceau::depuisTexte);
            }

            @Override
            public void sceller(Sceau sceau) {
                trousseau.sceller(sceau.enTexte());
            }
        });
    }

    private TrousseauCles trousseau() {
        return TrousseauCles.de(sansSuffixe(fichier));
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
