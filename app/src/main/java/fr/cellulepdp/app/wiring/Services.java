package fr.cellulepdp.app.wiring;

import fr.cellulepdp.app.compte.ComptesDemo;
import fr.cellulepdp.app.document.FichiersPrives;
import fr.cellulepdp.app.notification.CoffreLocal;
import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.cellule.CoordinatriceAvantLesComptes;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.stockage.Stockage;
import fr.cellulepdp.persistence.base.AccesBase;
import fr.cellulepdp.persistence.base.BaseDeDonnees;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The composition root: opens the database, holds its session, and builds once each feature's wiring
 * ({@link CablageSeances}, {@link CablageDocuments}…), which makes the use cases the window and the command line
 * share. Until the first account exists, the person acting is the coordinatrice.
 */
public final class Services implements AutoCloseable {

    private final BaseDeDonnees base;
    private final AccesBase acces;
    private final Horloge horloge;
    private final Session session;
    private final Socle socle;
    private final CablageMiseEnPlace miseEnPlace;
    private final CablageSituations situations;
    private final CablageDocuments documents;
    private final CablageSeances seances;
    private final CablageCourriers courriers;
    private final CablageBilans bilans;
    private final CablageSauvegarde sauvegardes;

    private Services(BaseDeDonnees base, AccesBase acces, Horloge horloge) {
        this.base = base;
        this.acces = acces;
        this.horloge = horloge;
        this.session = new Session(new CoordinatriceAvantLesComptes(base, base.comptes()::count)::utilisateur);
        Path dossierDonnees = acces.fichier().map(Path::getParent)
                .orElseGet(() -> emplacementParDefaut().getParent());
        this.socle = new Socle(base, horloge, session, dossierDonnees, dossierDonnees.resolve("documents"));
        this.miseEnPlace = new CablageMiseEnPlace(socle);
        this.situations = new CablageSituations(socle);
        this.documents = new CablageDocuments(socle);
        this.seances = new CablageSeances(socle, documents);
        this.courriers = new CablageCourriers(socle);
        this.bilans = new CablageBilans(socle);
        this.sauvegardes = new CablageSauvegarde(socle, acces);
    }

    /** Opens (creating if needed) the H2 file database at {@code fichier}. */
    public static Services ouvrir(Path fichier, Horloge horloge) {
        return ouvrir(AccesBase.fichier(fichier), horloge);
    }

    /**
     * Opens (creating or upgrading if needed) the database, an H2 file or a PostgreSQL server, and writes the default
     * measure rules once; nobody is logged in yet.
     *
     * @throws fr.cellulepdp.persistence.base.BaseVerrouilleeException for an encrypted file, which opens only as an
     *         account ({@link #ouvrir(AccesBase, Horloge, String, char[])})
     */
    public static Services ouvrir(AccesBase acces, Horloge horloge) {
        Services services = preparer(acces.ouvrir(), acces, horloge);
        try {
            // before the first account nobody can log in: the set-up acts at once; else the login comes first
            if (services.miseEnPlace.gererComptes().aucunCompte()) {
                services.entretenir();
            }
            return services;
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    /**
     * Opens the database as this account: an encrypted file is unlocked with its password, then the login use case
     * checks the account (same refusals and waits as the window). When the coordinatrice logs in to a file no
     * password protects yet (made before encryption, or copied by migrate-db), it is protected with her password.
     */
    public static Services ouvrir(AccesBase acces, Horloge horloge, String identifiant, char[] motDePasse) {
        AccesBase.Ouverture ouverture = acces.ouvrirEnTantQue(identifiant, motDePasse, horloge.maintenant());
        Services services = preparer(ouverture.base(), acces, horloge);
        try {
            Utilisateur connecte = services.miseEnPlace.seConnecter().connecter(identifiant, ouverture.derivation(),
                    ouverture.motDePasseProuve());
            if (connecte.role() == Role.COORDINATRICE && acces.aProteger()) {
                var clesOuvertes = services.base.clesDeSession();
                services.close();
                acces.proteger(identifiant, ouverture.derivation());
                services = preparer(acces.ouvrir(identifiant, motDePasse, horloge.maintenant()), acces, horloge);
                // the same session: the key opened by the login goes on signing
                services.base.clesDeSession().reprendre(clesOuvertes);
                new Audit(services.base, horloge).noter(connecte, "BASE_CHIFFREE",
                        "Base", null, "fichier chiffré, clé confiée au compte " + identifiant);
            }
            // the signing keys were rewrapped by the login; the key-ring entry last (each step opens alone)
            acces.reenvelopper(identifiant, ouverture.derivation());
            ouverture.derivation().effacer();
            // the tries refused while the file was shut reach the trail now
            for (AccesBase.RefusNonJournalise refus : acces.refusNonJournalises(identifiant)) {
                new Audit(services.base, horloge).noter(refus.identifiantInconnu()
                        ? new Utilisateur(null, "identifiant inconnu", Role.PARTENAIRE) : connecte,
                        "CONNEXION_REFUSEE", "Base", null, refus.details());
            }
            services.connecter(connecte);
            services.entretenir();
            return services;
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    private static Services preparer(BaseDeDonnees base, AccesBase acces, Horloge horloge) {
        try {
            return new Services(base, acces, horloge);
        } catch (RuntimeException e) {
            base.close();
            throw e;
        }
    }

    /**
     * Once someone is logged in (or before the first account, when nobody can be): what a crash left half-written
     * (documents, the backup's copy of the base) goes, and the default measure rules are written once. Not before
     * the login: a wrong password on a file in clear touches no file.
     */
    private void entretenir() {
        FichiersPrives.nettoyer(dossierDonnees(), acces.partagee()
                ? Instant.now().minus(Duration.ofHours(1)) : Instant.now());
        miseEnPlace.catalogueALOuverture().initialiserSiVide();
    }

    public static Path emplacementParDefaut() {
        return BaseDeDonnees.emplacementParDefaut();
    }

    /**
     * The folder holding the database file: the demo certificate, the documents and the local key go there. With a
     * PostgreSQL server, the user's data folder of this computer (the default one, or -Dcellulepdp.data).
     */
    public Path dossierDonnees() {
        return socle.dossierDonnees();
    }

    /**
     * The one folder of the meetings' documents, the archive of record, for the window and the command line alike:
     * the backup, the anonymisation and the right of access all look there.
     */
    public Path dossierDocuments() {
        return socle.dossierDocuments();
    }

    /** The embedded database file; empty on a PostgreSQL server. */
    public Optional<Path> fichierBase() {
        return acces.fichier();
    }

    /** True when other computers may be working on the same database (a PostgreSQL server). */
    public boolean basePartagee() {
        return acces.partagee();
    }

    /** Opens a demo database as its coordinatrice: its file is encrypted once the demo accounts exist. */
    public static Services ouvrirDemoCommeCoordinatrice(Path fichier, Horloge horloge) {
        return ouvrir(AccesBase.fichier(fichier), horloge, ComptesDemo.COORDINATRICE,
                ComptesDemo.MOT_DE_PASSE.toCharArray());
    }

    public Stockage stockage() {
        return base;
    }

    /** The person who logged in: every use case acts in their name from now on. */
    public void connecter(Utilisateur connecte) {
        session.connecter(connecte);
    }

    /** « Se déconnecter »: nothing acts in anyone's name any more, until the next login. */
    public void deconnecter() {
        session.deconnecter();
    }

    /** Who acts now, for the screens and commands built here: they read it at each call (decision record 0044). */
    public Session session() {
        return session;
    }

    /** Who acts now: {@link Session#utilisateur()}. */
    public Utilisateur utilisateur() {
        return session.utilisateur();
    }

    public Horloge horloge() {
        return horloge;
    }

    public String descriptionBase() {
        return base.description();
    }

    public Optional<Cellule> cellule() {
        return miseEnPlace.parametrerCellule().lire();
    }

    /** The computer's key for the secrets the database keeps (the mail server's password). */
    public CoffreLocal coffre() {
        return socle.coffre();
    }

    /** The cell, its members, directory, accounts, settings and the demo. */
    public CablageMiseEnPlace miseEnPlace() {
        return miseEnPlace;
    }

    /** The people's files. */
    public CablageSituations situations() {
        return situations;
    }

    /** The meetings and their decisions. */
    public CablageSeances seances() {
        return seances;
    }

    /** The meetings' documents, their signatures and time-stamps. */
    public CablageDocuments documents() {
        return documents;
    }

    /** The letters, the outbox, the reminders. */
    public CablageCourriers courriers() {
        return courriers;
    }

    /** Indicators, reviews, the audit trail, data protection. */
    public CablageBilans bilans() {
        return bilans;
    }

    /** Backups and the whole copy. */
    public CablageSauvegarde sauvegardes() {
        return sauvegardes;
    }

    @Override
    public void close() {
        base.close();
    }
}
