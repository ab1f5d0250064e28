package fr.cellulepdp.persistence;

import fr.cellulepdp.model.audit.ClesSignatureRepository;
import fr.cellulepdp.model.audit.JournalAudit;
import fr.cellulepdp.model.audit.SceauJournal;
import fr.cellulepdp.model.audit.ClesDeSession;
import fr.cellulepdp.model.cellule.CelluleRepository;
import fr.cellulepdp.model.cellule.MembreRepository;
import fr.cellulepdp.model.commun.Stockage;
import fr.cellulepdp.model.commun.Transactions;
import fr.cellulepdp.model.decision.DecisionRepository;
import fr.cellulepdp.model.decision.MotifTypeRepository;
import fr.cellulepdp.model.document.ModeleCourrierRepository;
import fr.cellulepdp.model.notification.ServeurSmtpRepository;
import fr.cellulepdp.model.demande.DemandeRepository;
import fr.cellulepdp.model.indicateur.SourceIndicateurs;
import fr.cellulepdp.model.mesure.CatalogueMesuresRepository;
import fr.cellulepdp.model.notification.NotificationRepository;
import fr.cellulepdp.model.seance.SeanceRepository;
import fr.cellulepdp.model.situation.AssureRepository;
import fr.cellulepdp.model.situation.SituationRepository;
import fr.cellulepdp.model.suivi.SuiviRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import fr.cellulepdp.model.compte.AccesChiffre;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.impl.DSL;

/**
 * The cell's database: opens it (creating and migrating the schema with Flyway), and gives the repositories.
 * The embedded H2 file database commits each transaction to disk, so a killed application loses nothing saved.
 * The same schema, migrations and repositories run on a PostgreSQL server shared by several clients.
 */
public final class BaseDeDonnees implements Stockage, AutoCloseable {

    private static final String SUFFIXE_H2 = ".mv.db";
    private static final String PREFIXE_DESCRIPTION_POSTGRESQL = "PostgreSQL : ";

    private final DataSource pool;
    private final Runnable fermeture;
    private final Moteur moteur;
    private final String description;
    private final ContexteJooq contexte;
    private final DepotCellules cellules;
    private final DepotMembres membres;
    private final DepotOrganisations organisations;
    private final DepotAssures assures;
    private final DepotSituations situations;
    private final DepotDemandes demandes;
    private final DepotSeances seances;
    private final DepotDecisions decisions;
    private final DepotMotifsTypes motifsTypes;
    private final DepotModelesCourrier modelesCourrier;
    private final DepotApprobationsProcesVerbal approbationsProcesVerbal;
    private final DepotServeursSmtp serveursSmtp;
    private final DepotSuivis suivis;
    private final DepotRappels rappels;
    private final DepotMisesADisposition misesADisposition;
    private final DepotNotifications notifications;
    private final DepotCodesCourriel codesCourriel;
    private final DepotCourrielsMembres courrielsMembres;
    private final DepotCatalogueMesures catalogueMesures;
    private final DepotJournalAudit journalAudit;
    private final DepotIndicateurs indicateurs;
    private final DepotComptes comptes;
    private final AccesChiffre accesChiffre;
    private final DepotClesSignature clesSignature;
    private final DepotClesMedicales clesMedicales;
    private final ClesDeSession clesDeSession = new ClesDeSession();
    private SceauJournal sceauJournal = SceauJournal.AUCUN;

    private BaseDeDonnees(DataSource pool, Runnable fermeture, Moteur moteur, String jdbcUrl, String description,
                          AccesChiffre accesChiffre) {
        this.pool = pool;
        this.accesChiffre = accesChiffre;
        this.fermeture = fermeture;
        this.moteur = moteur;
        this.description = description;
        this.contexte = new ContexteJooq(DSL.using(pool, moteur.dialecte(), moteur.reglages()), moteur, jdbcUrl);
        this.cellules = new DepotCellules(contexte);
        this.membres = new DepotMembres(contexte);
        this.organisations = new DepotOrganisations(contexte);
        this.assures = new DepotAssures(contexte);
        this.situations = new DepotSituations(contexte);
        this.demandes = new DepotDemandes(contexte);
        this.seances = new DepotSeances(contexte);
        this.decisions = new DepotDecisions(contexte);
        this.motifsTypes = new DepotMotifsTypes(contexte);
        this.modelesCourrier = new DepotModelesCourrier(contexte);
        this.approbationsProcesVerbal = new DepotApprobationsProcesVerbal(contexte);
        this.serveursSmtp = new DepotServeursSmtp(contexte);
        this.suivis = new DepotSuivis(contexte);
        this.rappels = new DepotRappels(contexte);
        this.misesADisposition = new DepotMisesADisposition(contexte);
        this.notifications = new DepotNotifications(contexte);
        this.codesCourriel = new DepotCodesCourriel(contexte);
        this.courrielsMembres = new DepotCourrielsMembres(contexte);
        this.catalogueMesures = new DepotCatalogueMesures(contexte);
        this.journalAudit = new DepotJournalAudit(contexte);
        this.indicateurs = new DepotIndicateurs(contexte);
        this.comptes = new DepotComptes(contexte);
        this.clesSignature = new DepotClesSignature(contexte);
        this.clesMedicales = new DepotClesMedicales(contexte);
    }

    private BaseDeDonnees avecSceau(SceauJournal sceau) {
        this.sceauJournal = sceau;
        return this;
    }

    /**
     * Opens the H2 file database at {@code fichier} (with or without ".mv.db"), not encrypted, creating it if needed.
     * The application goes through {@link AccesBase}, which encrypts it; tests of the repositories open it here.
     */
    public static BaseDeDonnees ouvrir(Path fichier) {
        Path base = dossierCree(fichier);
        return ouvrirH2("jdbc:h2:file:" + base, "sa", "", "H2 : " + base + SUFFIXE_H2, AccesChiffre.AUCUN);
    }

    /**
     * Opens the H2 file database encrypted with {@code cle} (AES), creating it if needed; {@code acces} wraps that
     * key for the accounts created or changed while it is open.
     */
    static BaseDeDonnees ouvrirChiffree(Path fichier, byte[] cle, AccesChiffre acces, SceauJournal sceau) {
        Path base = dossierCree(fichier);
        // H2 takes "file password, space, user password": the user password stays empty
        return ouvrirH2("jdbc:h2:file:" + base + ";CIPHER=AES", "sa", HexFormat.of().formatHex(cle) + " ",
                "H2 : " + base + SUFFIXE_H2 + " (chiffrée)", acces).avecSceau(sceau);
    }

    /** Encrypts, in place, the closed database file {@code fichier} that was not encrypted yet. */
    static void chiffrer(Path fichier, byte[] cle) {
        Path base = sansSuffixe(fichier.toAbsolutePath().normalize());
        try {
            org.h2.tools.ChangeFileEncryption.execute(base.getParent().toString(), base.getFileName().toString(),
                    "AES", null, HexFormat.of().formatHex(cle).toCharArray(), true);
        } catch (java.sql.SQLException e) {
            throw new BaseIndisponibleException("Chiffrement de la base impossible : " + e.getMessage(), e);
        }
    }

    /** True when the H2 file {@code fichier} exists. */
    static boolean existe(Path fichier) {
        Path base = sansSuffixe(fichier.toAbsolutePath().normalize());
        return Files.exists(base.resolveSibling(base.getFileName() + SUFFIXE_H2));
    }

    /** The path without ".mv.db", its folder created. */
    private static Path dossierCree(Path fichier) {
        Path base = sansSuffixe(fichier.toAbsolutePath().normalize());
        try {
            Files.createDirectories(base.getParent());
        } catch (IOException e) {
            throw new BaseIndisponibleException("Impossible de créer le dossier de la base de données « "
                    + base.getParent() + " » : " + e.getMessage(), e);
        }
        return base;
    }

    /**
     * Opens the database at a JDBC URL: an H2 one ({@code jdbc:h2:file:…}) or a PostgreSQL server
     * ({@code jdbc:postgresql://hôte:port/base}), whose database must exist; the tables are created or brought up
     * to date by the same migrations. {@code utilisateur} and {@code motDePasse} may be null when the URL holds
     * them.
     */
    public static BaseDeDonnees ouvrirUrl(String jdbcUrl, String utilisateur, String motDePasse) {
        Moteur moteur = Moteur.de(jdbcUrl);
        String description = moteur == Moteur.POSTGRESQL ? descriptionPostgresql(jdbcUrl, utilisateur) : jdbcUrl;
        return ouvrirUrl(jdbcUrl, utilisateur, motDePasse, description);
    }

    /** The default database file, in the user's data folder; {@code -Dcellulepdp.data=FOLDER} moves it. */
    public static Path emplacementParDefaut() {
        return EmplacementDonnees.parDefaut(System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("user.home"), System.getProperty(EmplacementDonnees.PROPRIETE_DOSSIER));
    }

    /** True for the embedded H2 file database; false for a PostgreSQL server. */
    public boolean embarquee() {
        return moteur == Moteur.H2;
    }

    private static BaseDeDonnees ouvrirUrl(String jdbcUrl, String utilisateur, String motDePasse, String description) {
        Moteur moteur = Moteur.de(jdbcUrl);
        if (moteur == null) {
            throw new BaseIndisponibleException("Adresse de base de données non prise en charge : « " + jdbcUrl
                    + " ». Indiquez un fichier H2 (jdbc:h2:file:…) ou un serveur PostgreSQL "
                    + "(jdbc:postgresql://hôte:port/base).", null);
        }
        return moteur == Moteur.H2
                ? ouvrirH2(jdbcUrl, utilisateur, motDePasse, description, AccesChiffre.AUCUN)
                : ouvrirPostgresql(jdbcUrl, utilisateur, motDePasse, description);
    }

    private static BaseDeDonnees ouvrirH2(String jdbcUrl, String utilisateur, String motDePasse, String description,
                                          AccesChiffre acces) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(avecCache(durable(jdbcUrl)),
                utilisateur == null ? "sa" : utilisateur, motDePasse == null ? "" : motDePasse);
        try {
            migrer(pool);
        } catch (FlywayException e) {
            pool.dispose();
            throw new BaseIndisponibleException(messageOuverture(description, e), e);
        }
        reserverAuProprietaire(jdbcUrl);
        return new BaseDeDonnees(pool, pool::dispose, Moteur.H2, jdbcUrl, description, acces);
    }

    /**
     * The H2 file for its owner only (rw------- on POSIX systems), as every file the application writes: H2 creates
     * it with the process's umask, often world-readable. Encrypted or not, no one else has to read it.
     */
    static void reserverAuProprietaire(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:h2:file:")) {
            return;
        }
        Path fichier = Path.of(jdbcUrl.substring("jdbc:h2:file:".length()).split(";", 2)[0] + SUFFIXE_H2);
        try {
            // Windows has no POSIX permissions: the user's profile folder protects the file there
            if (Files.exists(fichier) && Files.getFileStore(fichier).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(fichier, java.nio.file.attribute.PosixFilePermissions.fromString(
                        "rw-------"));
            }
        } catch (IOException e) {
            // the base still opens: its folder (rwx------, or the user's profile on Windows) keeps others out
            org.slf4j.LoggerFactory.getLogger(BaseDeDonnees.class).warn("droits du fichier de la base non "
                    + "restreints : {}", e.getClass().getSimpleName());
        }
    }

    /**
     * A few connections per client are plenty (one for the window, one for the background sender, one for a
     * refresh); a server that does not answer is reported after a few seconds rather than freezing the start.
     */
    private static BaseDeDonnees ouvrirPostgresql(String jdbcUrl, String utilisateur, String motDePasse,
                                                 String description) {
        return ouvrirPostgresql(jdbcUrl, utilisateur, motDePasse, description, new TlsPostgresql());
    }

    /** @param tls the TLS rule (the tests give one that treats no host as local) */
    static BaseDeDonnees ouvrirPostgresql(String jdbcUrl, String utilisateur, String motDePasse, String description,
                                          TlsPostgresql tls) {
        HikariConfig reglages = new HikariConfig();
        tls.proprietes(jdbcUrl).forEach((cle, valeur) -> reglages.addDataSourceProperty((String) cle, valeur));
        reglages.setPoolName("cellule-pdp");
        reglages.setJdbcUrl(jdbcUrl);
        reglages.setUsername(utilisateur);
        reglages.setPassword(motDePasse);
        reglages.setMaximumPoolSize(4);
        reglages.setMinimumIdle(1);
        reglages.setConnectionTimeout(10_000);
        reglages.addDataSourceProperty("connectTimeout", "5");
        reglages.addDataSourceProperty("ApplicationName", "Cellule PDP");
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(reglages);
        } catch (RuntimeException e) {
            throw new BaseIndisponibleException(messagePostgresql(description, utilisateur, e), e);
        }
        try {
            migrer(pool);
        } catch (FlywayException e) {
            pool.close();
            throw new BaseIndisponibleException(messagePostgresql(description, utilisateur, e), e);
        }
        return new BaseDeDonnees(pool, pool::close, Moteur.POSTGRESQL, jdbcUrl, description, AccesChiffre.AUCUN);
    }

    private static void migrer(DataSource pool) {
        // the SQL migrations, and the one in Java that cuts the files already there into search words
        Flyway.configure().dataSource(pool).locations("classpath:db/migration")
                .javaMigrations(new V30_1__RemplirMotsRecherche()).load().migrate();
    }

    /** What the status bar shows for a server: the URL without its parameters (a password may be there). */
    private static String descriptionPostgresql(String jdbcUrl, String utilisateur) {
        int parametres = jdbcUrl.indexOf('?');
        String adresse = parametres < 0 ? jdbcUrl : jdbcUrl.substring(0, parametres);
        String serveur = adresse.substring("jdbc:postgresql:".length());
        return PREFIXE_DESCRIPTION_POSTGRESQL + (serveur.startsWith("//") ? serveur.substring(2) : serveur)
                + (utilisateur == null || utilisateur.isBlank() ? "" : " (" + utilisateur + ")");
    }

    /** The French message for a server that cannot be used, from the SQL state of the driver's error. */
    static String messagePostgresql(String description, String utilisateur, Throwable erreur) {
        java.sql.SQLException sql = null;
        for (Throwable cause = erreur; cause != null && sql == null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException e) {
                sql = e;
            }
        }
        String etat = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        String detail = sql != null ? sql.getMessage() : String.valueOf(erreur.getMessage());
        String qui = utilisateur == null || utilisateur.isBlank() ? "l'utilisateur indiqué" : "« " + utilisateur + " »";
        String serveur = description.startsWith(PREFIXE_DESCRIPTION_POSTGRESQL)
                ? description.substring(PREFIXE_DESCRIPTION_POSTGRESQL.length()) : description;
        if (etat.equals("28P01") || etat.equals("28000")) {
            return "Le serveur PostgreSQL (" + serveur + ") refuse la connexion de " + qui
                    + " : identifiant ou mot de passe incorrect, ou accès non autorisé depuis ce poste. Vérifiez "
                    + "--db-user et le mot de passe (variable PDP_DB_PASSWORD).";
        }
        if (etat.equals("3D000")) {
            return "La base indiquée n'existe pas sur le serveur PostgreSQL (" + serveur + ") : faites-la créer "
                    + "par l'administrateur (CREATE DATABASE), ou corrigez l'adresse.";
        }
        String tls = messageTls(serveur, detail);
        if (tls != null) {
            return tls;
        }
        if (etat.startsWith("08") || etat.equals("57P03")) {
            return "Le serveur PostgreSQL (" + serveur + ") ne répond pas : vérifiez l'adresse et le port, que "
                    + "le serveur est démarré et que ce poste peut le joindre (réseau, pare-feu). Détail : " + detail;
        }
        if (etat.equals("42501")) {
            return "L'utilisateur " + qui + " n'a pas le droit de créer ou de modifier les tables sur le serveur "
                    + "PostgreSQL (" + serveur + ") : il doit être propriétaire de la base ou du schéma.";
        }
        return "La base de données (" + description + ") ne peut pas être ouverte ou mise à jour : " + detail;
    }

    /** The French message for a TLS failure (the driver gives no SQL state of its own for them), else null. */
    private static String messageTls(String serveur, String detail) {
        String texte = detail == null ? "" : detail;
        if (texte.contains("could not be verified")) {
            return "Le certificat du serveur PostgreSQL (" + serveur + ") ne porte pas le nom de l'adresse indiquée : "
                    + "connexion refusée, le serveur n'est peut-être pas celui qu'il prétend être. Utilisez le nom "
                    + "inscrit dans son certificat, ou faites corriger le certificat par l'administrateur.";
        }
        if (texte.contains("PKIX") || texte.contains("certificate") || texte.contains("SSL error")) {
            return "Le certificat du serveur PostgreSQL (" + serveur + ") n'a pas pu être vérifié : indiquez le "
                    + "certificat de l'autorité qui l'a signé dans l'adresse (sslrootcert=CHEMIN). Détail : " + texte;
        }
        if (texte.contains("does not support SSL")) {
            return "Le serveur PostgreSQL (" + serveur + ") n'accepte pas les connexions chiffrées (TLS) : "
                    + "l'administrateur doit l'activer (ssl = on) avant que ce poste s'y connecte.";
        }
        return null;
    }

    /**
     * H2 writes committed transactions to the file in the background, up to WRITE_DELAY (500 ms) later: a
     * process killed in between loses them. With 0, every commit is written to the file (handed to the operating
     * system) before the commit returns, so a killed application keeps everything it reported as saved. A URL
     * that sets WRITE_DELAY itself is kept as it is.
     */
    static String durable(String jdbcUrl) {
        String url = jdbcUrl.toUpperCase(java.util.Locale.ROOT).contains(";WRITE_DELAY=")
                ? jdbcUrl
                : jdbcUrl + ";WRITE_DELAY=0";
        // H2's trace file beside the database would be written in clear, with the text of failed statements
        return url.toUpperCase(java.util.Locale.ROOT).contains(";TRACE_LEVEL_FILE=") ? url : url + ";TRACE_LEVEL_FILE=0";
    }

    /** The URL with H2's page cache sized by {@link #cacheKo(long)}, unless it sets one itself. */
    static String avecCache(String jdbcUrl) {
        return jdbcUrl.toUpperCase(java.util.Locale.ROOT).contains(";CACHE_SIZE=") ? jdbcUrl
                : jdbcUrl + ";CACHE_SIZE=" + cacheKo(Runtime.getRuntime().maxMemory());
    }

    /**
     * H2's page cache, in KB: 128 MB, or an eighth of the heap when that is smaller. H2's own default (16 MB) holds a
     * fraction of ten years of files (some 70 MB): every yearly calculation and every search read and decrypted
     * the same pages again (decision 0031). {@code -Dcellulepdp.cacheH2Mo=N} sets it, for the benchmarks.
     */
    static long cacheKo(long tasMaximal) {
        String impose = System.getProperty("cellulepdp.cacheH2Mo");
        if (impose != null && impose.matches("\\d{1,5}")) {
            return Long.parseLong(impose) * 1024;
        }
        return Math.max(16 * 1024, Math.min(128 * 1024, tasMaximal / 8 / 1024));
    }

    private static String messageOuverture(String description, FlywayException e) {
        String cause = String.valueOf(e.getMessage());
        if (cause.contains("90049") || cause.contains("Encryption error")) {
            return "La base de données (" + description + ") ne s'ouvre pas avec cette clé : le fichier de clés "
                    + "(.cles) à côté ne correspond pas à cette base. Restaurez-les ensemble depuis une sauvegarde.";
        }
        if (cause.contains("already in use") || cause.contains("Database may be already in use")) {
            return "La base de données (" + description + ") est déjà ouverte par une autre instance de "
                    + "l'application. Fermez-la, puis réessayez.";
        }
        return "La base de données (" + description + ") ne peut pas être ouverte ou mise à jour : " + cause;
    }

    /**
     * A consistent copy of the open database, taken online (H2's BACKUP: a zip of the database file), for the
     * cell's backup file. Refused on PostgreSQL, whose backups are the server's (pg_dump).
     */
    public void copierVers(Path zip) {
        if (moteur != Moteur.H2) {
            throw new BaseIndisponibleException("La sauvegarde de l'application ne copie que la base H2 intégrée. "
                    + "Cette cellule est sur un serveur PostgreSQL (" + description + ") : sa base se sauvegarde "
                    + "sur le serveur (pg_dump), ou se copie dans un fichier H2 avec « migrate-db --to FICHIER ».",
                    null);
        }
        try (java.sql.Connection connexion = pool.getConnection();
             java.sql.PreparedStatement copie = connexion.prepareStatement("BACKUP TO ?")) {
            copie.setString(1, zip.toAbsolutePath().toString());
            copie.execute();
        } catch (java.sql.SQLException e) {
            throw new BaseIndisponibleException("Copie de la base impossible : " + e.getMessage(), e);
        }
    }

    private static Path sansSuffixe(Path fichier) {
        String nom = fichier.getFileName().toString();
        return nom.endsWith(SUFFIXE_H2)
                ? fichier.resolveSibling(nom.substring(0, nom.length() - SUFFIXE_H2.length()))
                : fichier;
    }

    @Override
    public AccesChiffre accesChiffre() {
        return accesChiffre;
    }

    @Override
    public Transactions transactions() {
        return contexte;
    }

    @Override
    public CelluleRepository cellules() {
        return cellules;
    }

    @Override
    public MembreRepository membres() {
        return membres;
    }

    @Override
    public fr.cellulepdp.model.annuaire.OrganisationRepository organisations() {
        return organisations;
    }

    @Override
    public AssureRepository assures() {
        return assures;
    }

    @Override
    public SituationRepository situations() {
        return situations;
    }

    @Override
    public DemandeRepository demandes() {
        return demandes;
    }

    @Override
    public SeanceRepository seances() {
        return seances;
    }

    @Override
    public DecisionRepository decisions() {
        return decisions;
    }

    @Override
    public MotifTypeRepository motifsTypes() {
        return motifsTypes;
    }

    @Override
    public ModeleCourrierRepository modelesCourrier() {
        return modelesCourrier;
    }

    @Override
    public fr.cellulepdp.model.seance.ApprobationProcesVerbalRepository approbationsProcesVerbal() {
        return approbationsProcesVerbal;
    }

    @Override
    public ServeurSmtpRepository serveursSmtp() {
        return serveursSmtp;
    }

    @Override
    public SuiviRepository suivis() {
        return suivis;
    }

    @Override
    public fr.cellulepdp.model.suivi.RappelRepository rappels() {
        return rappels;
    }

    @Override
    public fr.cellulepdp.model.importation.MiseADispositionRepository misesADisposition() {
        return misesADisposition;
    }

    @Override
    public NotificationRepository notifications() {
        return notifications;
    }

    @Override
    public fr.cellulepdp.model.convocation.CourrielMembreRepository courrielsMembres() {
        return courrielsMembres;
    }

    @Override
    public fr.cellulepdp.model.notification.CodeCourrielRepository codesCourriel() {
        return codesCourriel;
    }

    @Override
    public CatalogueMesuresRepository catalogueMesures() {
        return catalogueMesures;
    }

    @Override
    public JournalAudit journalAudit() {
        return journalAudit;
    }

    @Override
    public fr.cellulepdp.model.compte.CompteRepository comptes() {
        return comptes;
    }

    @Override
    public ClesSignatureRepository clesSignature() {
        return clesSignature;
    }

    @Override
    public fr.cellulepdp.model.compte.ClesMedicalesRepository clesMedicales() {
        return clesMedicales;
    }

    @Override
    public ClesDeSession clesDeSession() {
        return clesDeSession;
    }

    @Override
    public SceauJournal sceauJournal() {
        return sceauJournal;
    }

    @Override
    public SourceIndicateurs indicateurs() {
        return indicateurs;
    }

    @Override
    public String description() {
        return description;
    }

    /** The context of the repositories, for the copy from one database to another. */
    ContexteJooq contexte() {
        return contexte;
    }

    Moteur moteur() {
        return moteur;
    }

    /**
     * Seals the trail's head outside its table before closing, signed by a key open in this session: entries removed
     * from the end afterwards are named by {@code verify-audit}. Nothing to seal with when no one logged in.
     */
    @Override
    public void close() {
        try {
            journalAudit.dernier().ifPresent(dernier -> clesDeSession.unSignataire().ifPresent(acteur ->
                    sceauJournal.sceller(new SceauJournal.Sceau(dernier.sequence(), dernier.hash(), acteur,
                            clesDeSession.signer(acteur, SceauJournal.Sceau.contenu(dernier.sequence(),
                                    dernier.hash())).orElseThrow()))));
        } catch (RuntimeException e) {
            // a base that can no longer be read still closes; the seal stays the previous one (older is harmless)
            org.slf4j.LoggerFactory.getLogger(BaseDeDonnees.class).warn("journal d'audit non scellé : {}", e.getMessage());
        } finally {
            fermeture.run();
        }
    }
}
