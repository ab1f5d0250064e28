package fr.cellulepdp.persistence.base;

import fr.cellulepdp.persistence.depot.ContexteJooq;
import fr.cellulepdp.persistence.seance.DepotApprobationsProcesVerbal;
import fr.cellulepdp.persistence.situation.DepotAssures;
import fr.cellulepdp.persistence.mesure.DepotCatalogueMesures;
import fr.cellulepdp.persistence.cellule.DepotCellules;
import fr.cellulepdp.persistence.compte.DepotClesMedicales;
import fr.cellulepdp.persistence.audit.DepotClesSignature;
import fr.cellulepdp.persistence.notification.DepotCodesCourriel;
import fr.cellulepdp.persistence.compte.DepotComptes;
import fr.cellulepdp.persistence.convocation.DepotCourrielsMembres;
import fr.cellulepdp.persistence.decision.DepotDecisions;
import fr.cellulepdp.persistence.demande.DepotDemandes;
import fr.cellulepdp.persistence.indicateur.DepotIndicateurs;
import fr.cellulepdp.persistence.audit.DepotJournalAudit;
import fr.cellulepdp.persistence.cellule.DepotMembres;
import fr.cellulepdp.persistence.importation.DepotMisesADisposition;
import fr.cellulepdp.persistence.document.DepotModelesCourrier;
import fr.cellulepdp.persistence.decision.DepotMotifsTypes;
import fr.cellulepdp.persistence.notification.DepotNotifications;
import fr.cellulepdp.persistence.annuaire.DepotOrganisations;
import fr.cellulepdp.persistence.suivi.DepotRappels;
import fr.cellulepdp.persistence.seance.DepotSeances;
import fr.cellulepdp.persistence.notification.DepotServeursSmtp;
import fr.cellulepdp.persistence.situation.DepotSituations;
import fr.cellulepdp.persistence.suivi.DepotSuivis;
import fr.cellulepdp.persistence.depot.Moteur;

import fr.cellulepdp.model.audit.ClesSignatureRepository;
import fr.cellulepdp.model.audit.JournalAudit;
import fr.cellulepdp.model.audit.SceauJournal;
import fr.cellulepdp.model.audit.ClesDeSession;
import fr.cellulepdp.model.cellule.CelluleRepository;
import fr.cellulepdp.model.cellule.MembreRepository;
import fr.cellulepdp.model.stockage.Stockage;
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
import java.nio.file.Path;
import java.util.HexFormat;
import fr.cellulepdp.model.compte.AccesChiffre;
import org.flywaydb.core.Flyway;
import javax.sql.DataSource;
import org.jooq.impl.DSL;

/**
 * The cell's database: opens it (creating and migrating the schema with Flyway), and gives the repositories.
 * The embedded H2 file database commits each transaction to disk, so a killed application loses nothing saved.
 * The same schema, migrations and repositories run on a PostgreSQL server shared by several clients.
 */
public final class BaseDeDonnees implements Stockage, AutoCloseable {

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
    private final ClesDeSession clesDeSession = new ClesDeSession(
            fr.cellulepdp.persistence.audit.SignatureBouncyCastle::de);
    private final fr.cellulepdp.persistence.importation.CompactageApresImport compactageApresImport;
    private SceauJournal sceauJournal;

    BaseDeDonnees(DataSource pool, Runnable fermeture, Moteur moteur, String jdbcUrl, String description,
                          AccesChiffre accesChiffre) {
        this.pool = pool;
        this.fermeture = fermeture;
        this.moteur = moteur;
        this.description = description;
        this.contexte = new ContexteJooq(DSL.using(pool, moteur.dialecte(), moteur.reglages()), moteur, jdbcUrl);
        // on a server, an account opens the database with its own login role (decision 0034)
        this.accesChiffre = moteur == Moteur.POSTGRESQL ? new RolesPostgresql(contexte) : accesChiffre;
        // a server keeps the seals in a table no application role may change (decision 0042)
        this.sceauJournal = moteur == Moteur.POSTGRESQL ? new fr.cellulepdp.persistence.audit.SceauxServeur(contexte)
                : SceauJournal.AUCUN;
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
        this.compactageApresImport = new fr.cellulepdp.persistence.importation.CompactageApresImport(
                moteur == Moteur.H2 && jdbcUrl.startsWith("jdbc:h2:file:"));
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
        return ouvrir(fichier, true);
    }

    /** The same; {@code compacter} false closes the file without H2's compaction ({@link AccesBase#sansCompactionALaFermeture}). */
    static BaseDeDonnees ouvrir(Path fichier, boolean compacter) {
        Path base = OuvertureH2.dossierCree(fichier);
        return OuvertureH2.ouvrirH2(OuvertureH2.compaction("jdbc:h2:file:" + base, compacter), "sa", "",
                "H2 : " + base + OuvertureH2.SUFFIXE, AccesChiffre.AUCUN);
    }

    /**
     * Opens the H2 file database encrypted with {@code cle} (AES), creating it if needed; {@code acces} wraps that
     * key for the accounts created or changed while it is open.
     */
    public static BaseDeDonnees ouvrirChiffree(Path fichier, byte[] cle, AccesChiffre acces, SceauJournal sceau) {
        return ouvrirChiffree(fichier, cle, true, acces, sceau);
    }

    /** The same; {@code compacter} false closes the file without H2's compaction ({@link AccesBase#sansCompactionALaFermeture}). */
    static BaseDeDonnees ouvrirChiffree(Path fichier, byte[] cle, boolean compacter, AccesChiffre acces,
                                        SceauJournal sceau) {
        Path base = OuvertureH2.dossierCree(fichier);
        // H2 takes "file password, space, user password": the user password stays empty
        return OuvertureH2.ouvrirH2(OuvertureH2.compaction("jdbc:h2:file:" + base + ";CIPHER=AES", compacter), "sa",
                HexFormat.of().formatHex(cle) + " ", "H2 : " + base + OuvertureH2.SUFFIXE + " (chiffrée)", acces)
                .avecSceau(sceau);
    }

    /**
     * Opens the database at a JDBC URL: an H2 one ({@code jdbc:h2:file:…}) or a PostgreSQL server
     * ({@code jdbc:postgresql://hôte:port/base}), whose database must exist; the tables are created or brought up
     * to date by the same migrations. {@code utilisateur} and {@code motDePasse} may be null when the URL holds
     * them.
     */
    public static BaseDeDonnees ouvrirUrl(String jdbcUrl, String utilisateur, String motDePasse) {
        Moteur moteur = Moteur.de(jdbcUrl);
        String description = moteur == Moteur.POSTGRESQL ? OuverturePostgresql.descriptionPostgresql(jdbcUrl, utilisateur) : jdbcUrl;
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
                ? OuvertureH2.ouvrirH2(jdbcUrl, utilisateur, motDePasse, description, AccesChiffre.AUCUN)
                : OuverturePostgresql.ouvrirPostgresql(jdbcUrl, utilisateur, motDePasse, description);
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

    /** The import's batches as plain JDBC batches; the H2 file is compacted at closing if they left it mostly free. */
    @Override
    public fr.cellulepdp.model.importation.EcritureImport ecritureImport() {
        // on H2, batch by batch, all or nothing through the import's line (decision 0051); one transaction elsewhere
        return new fr.cellulepdp.persistence.importation.EcritureImportJdbc(contexte,
                compactageApresImport::demander, moteur == Moteur.H2 ? pool : null);
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
    public ContexteJooq contexte() {
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
            clesDeSession.unSignataire().flatMap(acteur -> SceauJournal.Sceau.tete(this, acteur))
                    .ifPresent(sceauJournal::sceller);
        } catch (RuntimeException e) {
            // a base that can no longer be read still closes; the seal stays the previous one (older is harmless)
            org.slf4j.LoggerFactory.getLogger(BaseDeDonnees.class).warn("journal d'audit non scellé : {}", e.getMessage());
        } finally {
            compactageApresImport.siNecessaire(pool);
            fermeture.run();
        }
    }
}
