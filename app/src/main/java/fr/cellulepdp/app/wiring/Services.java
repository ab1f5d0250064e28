package fr.cellulepdp.app.wiring;

import fr.cellulepdp.app.notification.CoffreLocal;
import fr.cellulepdp.app.notification.EnvoiSmtp;
import fr.cellulepdp.model.audit.ConsulterJournal;
import fr.cellulepdp.model.audit.VerifierAudit;
import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.ParametrerDocuments;
import fr.cellulepdp.model.cellule.ParametrerQuorum;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.stockage.Stockage;
import fr.cellulepdp.model.compte.GererComptes;
import fr.cellulepdp.model.compte.SeConnecter;
import fr.cellulepdp.model.decision.ControleDecision;
import fr.cellulepdp.model.decision.GererMotifsTypes;
import fr.cellulepdp.model.demande.GererDemandes;
import fr.cellulepdp.model.demo.ChargerDonneesDemo;
import fr.cellulepdp.model.document.GenererDocumentsSeance;
import fr.cellulepdp.model.document.GererModelesCourrier;
import fr.cellulepdp.model.importation.ImporterListeIj60;
import fr.cellulepdp.model.indicateur.CalculerIndicateurs;
import fr.cellulepdp.model.indicateur.EditerBilan;
import fr.cellulepdp.model.mesure.ConsulterCatalogue;
import fr.cellulepdp.model.notification.EnvoyerCourriers;
import fr.cellulepdp.model.notification.ParametrerSmtp;
import fr.cellulepdp.model.notification.SuivreCourriers;
import fr.cellulepdp.model.protection.ConserverDonnees;
import fr.cellulepdp.model.protection.ExporterDonneesPersonne;
import fr.cellulepdp.model.seance.ConsulterSeance;
import fr.cellulepdp.model.seance.ListerSeances;
import fr.cellulepdp.model.seance.PreparerSeance;
import fr.cellulepdp.model.seance.TenirSeance;
import fr.cellulepdp.model.situation.CreerSituation;
import fr.cellulepdp.model.decision.HistoriquePersonne;
import fr.cellulepdp.model.situation.LireDossier;
import fr.cellulepdp.model.situation.ListerSituations;
import fr.cellulepdp.model.situation.ModifierSituation;
import fr.cellulepdp.model.suivi.SuivreSuivis;
import fr.cellulepdp.persistence.base.AccesBase;
import fr.cellulepdp.persistence.base.BaseDeDonnees;
import fr.cellulepdp.reports.document.GenerateurPdf;
import fr.cellulepdp.reports.signature.SignaturePades;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The composition root: opens the database and builds the use cases the window and the command line share.
 * Until the first account exists, the person acting is the coordinatrice.
 */
public final class Services implements AutoCloseable {

    private final BaseDeDonnees base;
    private final AccesBase acces;
    private final Horloge horloge;
    private static final fr.cellulepdp.persistence.compte.HachageArgon2 HACHAGE = new fr.cellulepdp.persistence.compte.HachageArgon2();
    private final Session session;

    private Services(BaseDeDonnees base, AccesBase acces, Horloge horloge) {
        this.base = base;
        this.acces = acces;
        this.horloge = horloge;
        this.session = new Session(() -> base.membres().findAll());
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
        return preparer(acces.ouvrir(), acces, horloge);
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
            Utilisateur connecte = services.seConnecter().connecter(identifiant, ouverture.derivation(),
                    ouverture.motDePasseProuve());
            if (connecte.role() == Role.COORDINATRICE && acces.aProteger()) {
                var clesOuvertes = services.base.clesDeSession();
                services.close();
                acces.proteger(identifiant, ouverture.derivation());
                services = preparer(acces.ouvrir(identifiant, motDePasse, horloge.maintenant()), acces, horloge);
                // the same session: the key opened by the login goes on signing
                services.base.clesDeSession().reprendre(clesOuvertes);
                new fr.cellulepdp.model.audit.Audit(services.base, horloge).noter(connecte, "BASE_CHIFFREE",
                        "Base", null, "fichier chiffré, clé confiée au compte " + identifiant);
            }
            // the signing keys were rewrapped by the login; the key-ring entry last (each step opens alone)
            acces.reenvelopper(identifiant, ouverture.derivation());
            ouverture.derivation().effacer();
            // the tries refused while the file was shut reach the trail now
            for (AccesBase.RefusNonJournalise refus : acces.refusNonJournalises(identifiant)) {
                new fr.cellulepdp.model.audit.Audit(services.base, horloge).noter(refus.identifiantInconnu()
                        ? new Utilisateur(null, "identifiant inconnu", Role.PARTENAIRE) : connecte,
                        "CONNEXION_REFUSEE", "Base", null, refus.details());
            }
            services.connecter(connecte);
            return services;
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    private static Services preparer(BaseDeDonnees base, AccesBase acces, Horloge horloge) {
        try {
            Services services = new Services(base, acces, horloge);
            // what a crash left half-written (documents, the backup's copy of the base) goes first
            fr.cellulepdp.app.document.FichiersPrives.nettoyer(services.dossierDonnees(), acces.partagee()
                    ? java.time.Instant.now().minus(java.time.Duration.ofHours(1)) : java.time.Instant.now());
            services.catalogue().initialiserSiVide();
            return services;
        } catch (RuntimeException e) {
            base.close();
            throw e;
        }
    }

    /** The key ring of the encrypted file, for the backup (empty for a server or a file in clear). */
    public java.util.Optional<byte[]> trousseauPourSauvegarde() {
        return acces.trousseauPourSauvegarde();
    }

    public static Path emplacementParDefaut() {
        return BaseDeDonnees.emplacementParDefaut();
    }

    /**
     * The folder holding the database file: the demo certificate, the documents and the local key go there. With a
     * PostgreSQL server, the user's data folder of this computer (the default one, or -Dcellulepdp.data).
     */
    public Path dossierDonnees() {
        return acces.fichier().map(Path::getParent).orElseGet(() -> emplacementParDefaut().getParent());
    }

    /**
     * The one folder of the meetings' documents, the archive of record, for the window and the command line alike:
     * the backup, the anonymisation and the right of access all look there.
     */
    public Path dossierDocuments() {
        return dossierDonnees().resolve("documents");
    }

    /** The meetings' documents as the archive holds them, for the Documents page. */
    public fr.cellulepdp.model.document.ConsulterDocuments consulterDocuments() {
        return new fr.cellulepdp.model.document.ConsulterDocuments(base,
                new fr.cellulepdp.app.document.RayonDossier(dossierDocuments()), session);
    }

    /** The embedded database file; empty on a PostgreSQL server. */
    public Optional<Path> fichierBase() {
        return acces.fichier();
    }

    /** True when other computers may be working on the same database (a PostgreSQL server). */
    public boolean basePartagee() {
        return acces.partagee();
    }

    /** A consistent copy of the open database, for the backup file: the coordinatrice's duty alone. */
    public void copierBaseVers(Path zip) {
        autoriserCopieComplete("la sauvegarde");
        base.copierVers(zip);
    }

    /** The open database, for migrate-db's copy of every table: the coordinatrice's duty alone. */
    public BaseDeDonnees basePourCopie() {
        autoriserCopieComplete("la copie de la base");
        return base;
    }

    private void autoriserCopieComplete(String action) {
        // a copy holds every person's files
        Droits.coordinatrice(utilisateur(), "compte", "fait " + action + ", qui contient les dossiers de toutes les "
                + "personnes");
    }

    /** What a backup reads of this database (the copy refused to anyone but the coordinatrice). */
    public fr.cellulepdp.app.sauvegarde.Sauvegarde.Source sauvegarde() {
        return new fr.cellulepdp.app.sauvegarde.Sauvegarde.Source(dossierDonnees(), this::copierBaseVers,
                acces::trousseauPourSauvegarde, () -> fr.cellulepdp.model.audit.SceauJournal.Sceau.tete(base,
                        utilisateur().identifiant()).map(fr.cellulepdp.model.audit.SceauJournal.Sceau::enTexte));
    }

    /** The window's automatic backups; {@code apres} receives the time of each. */
    public fr.cellulepdp.app.sauvegarde.SauvegardeAutomatique sauvegardeAutomatique(
            java.util.function.Consumer<java.time.Instant> apres) {
        return new fr.cellulepdp.app.sauvegarde.SauvegardeAutomatique(sauvegarde(), horloge, coffre()::dechiffrer,
                session, apres);
    }

    /** A meeting's letters to post in one PDF and a letter's e-mail, in the meeting's folder. */
    public fr.cellulepdp.app.document.ExportsCourriers exportsCourriers() {
        return new fr.cellulepdp.app.document.ExportsCourriers(dossierDocuments(), suivreCourriers(),
                envoyerCourriers(), parametrerSmtp(), this::cellule, session);
    }

    /** What « Générer les documents » uses. */
    public fr.cellulepdp.app.document.GenerationDocuments.CasDUsage generationDocuments() {
        return new fr.cellulepdp.app.document.GenerationDocuments.CasDUsage(this::cellule, this::genererDocuments,
                dossierDonnees(), dossierDocuments(), session);
    }

    /** Loads the demo cell, then gives its coordinatrice the demo certificate and every member an account. */
    public fr.cellulepdp.model.demo.ResumeDemo chargerLaDemo() {
        var resume = chargerDonneesDemo().executer(horloge.aujourdhui());
        fr.cellulepdp.app.document.CertificatDemo.installer(cellule().orElseThrow(), dossierDonnees(),
                horloge.maintenant(), parametrerDocuments(), session);
        creerComptesDemo();
        return resume;
    }

    /** The demo cell's accounts, one per active member; returns the logins created. */
    public List<String> creerComptesDemo() {
        return fr.cellulepdp.app.compte.ComptesDemo.creer(
                session -> new GererComptes(base, HACHAGE, horloge, session), base.membres().findAll(),
                login -> base.comptes().findByIdentifiant(login).isPresent(), utilisateur());
    }

    /** Opens a demo database as its coordinatrice: its file is encrypted once the demo accounts exist. */
    public static Services ouvrirDemoCommeCoordinatrice(Path fichier, Horloge horloge) {
        return ouvrir(AccesBase.fichier(fichier), horloge, fr.cellulepdp.app.compte.ComptesDemo.COORDINATRICE,
                fr.cellulepdp.app.compte.ComptesDemo.MOT_DE_PASSE.toCharArray());
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

    public GererComptes gererComptes() {
        return new GererComptes(base, HACHAGE, horloge, session);
    }

    public SeConnecter seConnecter() {
        return new SeConnecter(base, HACHAGE, horloge);
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
        return base.cellules().existante();
    }

    /** The cell's identity and signatory (created on the first day). */
    public fr.cellulepdp.model.cellule.ParametrerCellule parametrerCellule() {
        return new fr.cellulepdp.model.cellule.ParametrerCellule(base, horloge, session);
    }

    /** The members of the cell. */
    public fr.cellulepdp.model.cellule.GererMembres gererMembres() {
        return new fr.cellulepdp.model.cellule.GererMembres(base, horloge, session);
    }

    /** The directory of organisations. */
    public fr.cellulepdp.model.annuaire.GererAnnuaire gererAnnuaire() {
        return new fr.cellulepdp.model.annuaire.GererAnnuaire(base, horloge, session);
    }

    public ParametrerQuorum parametrerQuorum() {
        return new ParametrerQuorum(base, horloge, session);
    }

    /** The computer's key for the secrets the database keeps (the mail server's password). */
    public CoffreLocal coffre() {
        return new CoffreLocal(dossierDonnees().resolve("cle-locale.bin"));
    }

    public ParametrerSmtp parametrerSmtp() {
        return new ParametrerSmtp(base, coffre(), horloge, session);
    }

    public SuivreCourriers suivreCourriers() {
        return new SuivreCourriers(base, horloge, session);
    }

    /** True when a mail server is set: the automatic sending has somewhere to send. */
    public boolean envoiParametre() {
        return !base.serveursSmtp().findAll().isEmpty();
    }

    public EnvoyerCourriers envoyerCourriers() {
        return new EnvoyerCourriers(base, new EnvoiSmtp(), coffre(), horloge, session);
    }

    /** The daily reminders of follow-ups, through the same mail server and back-off as the letters. */
    public fr.cellulepdp.model.suivi.EnvoyerRappels envoyerRappels() {
        return new fr.cellulepdp.model.suivi.EnvoyerRappels(base, new EnvoiSmtp(), coffre(), horloge, session);
    }

    /** The « courriers de mise à disposition » to the people of the IJ 60 days list. */
    public fr.cellulepdp.model.importation.ProduireMisesADisposition misesADisposition() {
        return new fr.cellulepdp.model.importation.ProduireMisesADisposition(base, new GenerateurPdf(),
                Services::lireImage, horloge, session);
    }

    public fr.cellulepdp.model.suivi.ReglerRappels reglerRappels() {
        return new fr.cellulepdp.model.suivi.ReglerRappels(base, horloge, session);
    }

    public GererModelesCourrier modelesCourrier() {
        return new GererModelesCourrier(base, horloge, session);
    }

    public ParametrerDocuments parametrerDocuments() {
        return new ParametrerDocuments(base, horloge, session);
    }

    /** Signatures time-stamped by the authority set in horodatage.properties (PAdES B-T), B-B without one. */
    public SignaturePades signature() {
        return new SignaturePades(fr.cellulepdp.app.document.ReglagesHorodatage.lire(dossierDonnees())
                .horodatage(coffre()));
    }

    public fr.cellulepdp.app.document.Contresignature contresignature() {
        return new fr.cellulepdp.app.document.Contresignature(signature(), base, horloge, horodatageDiffere());
    }

    /** The documents signed without time-stamp while a time-stamp authority is set, to time-stamp later. */
    private fr.cellulepdp.app.document.HorodatageDiffere horodatageDiffere() {
        return new fr.cellulepdp.app.document.HorodatageDiffere(dossierDocuments());
    }

    /**
     * The outbox's first step when it goes online: the documents signed offline get their time-stamp (B-T).
     * @return how many were time-stamped
     */
    public int horodaterEnAttente() {
        fr.cellulepdp.model.cellule.Droits.coordinatrice(utilisateur(), "horodatage",
                "complète l'horodatage des documents");
        var reglages = fr.cellulepdp.app.document.ReglagesHorodatage.lire(dossierDonnees());
        if (!reglages.actif()) {
            return 0;
        }
        // a letter sent or posted is never changed on disk: it stays as its recipient holds it
        java.util.Set<String> partis = base.notifications().findAll().stream()
                .filter(n -> n.statut() == fr.cellulepdp.model.notification.StatutNotification.ENVOYEE)
                .map(fr.cellulepdp.model.notification.Notification::sha256)
                .collect(java.util.stream.Collectors.toSet());
        // a letter not sent yet records its file's new fingerprint (the recorded hash is the file's)
        return horodatageDiffere().horodater(reglages.horodatage(coffre()), partis::contains, (ancien, nouveau) ->
                base.notifications().findAll().stream().filter(n -> n.sha256().equals(ancien))
                        .forEach(n -> base.notifications().save(n.avecSha256(nouveau))));
    }

    public GenererDocumentsSeance genererDocuments() {
        var archive = fr.cellulepdp.app.document.DossierDocuments.archive(dossierDocuments());
        boolean horodatage = fr.cellulepdp.app.document.ReglagesHorodatage.lire(dossierDonnees()).actif();
        return new GenererDocumentsSeance(base, new GenerateurPdf(), signature(), horloge, Services::lireImage,
                (numero, documents) -> {
                    archive.deposer(numero, documents);
                    if (horodatage) {
                        Path dossier = fr.cellulepdp.app.document.DossierDocuments.dossier(dossierDocuments(), numero);
                        horodatageDiffere().noterSiNecessaire(documents.stream().filter(d -> d.signe())
                                .map(d -> dossier.resolve(d.nomFichier())).toList());
                    }
                }, session);
    }

    private static java.util.Optional<byte[]> lireImage(String chemin) {
        try {
            return java.util.Optional.of(java.nio.file.Files.readAllBytes(Path.of(chemin)));
        } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
            // a logo moved or deleted: the documents are still made, without it
            return java.util.Optional.empty();
        }
    }

    public CalculerIndicateurs calculerIndicateurs() {
        return new CalculerIndicateurs(base, session);
    }

    public EditerBilan editerBilan() {
        return new EditerBilan(base, new GenerateurPdf(), Services::lireImage, horloge, session);
    }

    /** The time-stamp authority of this computer's signatures. */
    public fr.cellulepdp.app.document.ParametrerHorodatage parametrerHorodatage() {
        return new fr.cellulepdp.app.document.ParametrerHorodatage(base, coffre(), horloge, dossierDonnees());
    }

    /** The personal code of the e-mailed letters, given on paper with the consent receipt. */
    public fr.cellulepdp.model.notification.RemettreCodePersonnel remettreCodePersonnel() {
        return new fr.cellulepdp.model.notification.RemettreCodePersonnel(base, new GenerateurPdf(), horloge, session);
    }

    public fr.cellulepdp.model.consolidation.ExporterBilan exporterBilan() {
        return new fr.cellulepdp.model.consolidation.ExporterBilan(base, horloge, session);
    }

    public ExporterDonneesPersonne exporterDonneesPersonne() {
        return new ExporterDonneesPersonne(base, new GenerateurPdf(), horloge, session);
    }

    public ConserverDonnees conserverDonnees() {
        return new ConserverDonnees(base, horloge, session);
    }

    public fr.cellulepdp.model.cellule.ParametrerProtection parametrerProtection() {
        return new fr.cellulepdp.model.cellule.ParametrerProtection(base, horloge, session);
    }

    public fr.cellulepdp.model.cellule.ParametrerRecoursSurAjournement parametrerRecoursSurAjournement() {
        return new fr.cellulepdp.model.cellule.ParametrerRecoursSurAjournement(base, horloge, session);
    }

    public LireDossier lireDossier() {
        return new LireDossier(base, session);
    }

    public fr.cellulepdp.model.situation.AvisMedicalSituation avisMedical() {
        return new fr.cellulepdp.model.situation.AvisMedicalSituation(base, horloge, session);
    }

    public ConsulterJournal consulterJournal() {
        return new ConsulterJournal(base);
    }

    public VerifierAudit verifierAudit() {
        return new VerifierAudit(base);
    }

    /** The trail's seals recorded beside the signed minutes of the archive folder, read when the check asks. */
    public fr.cellulepdp.model.audit.SceauJournal.Externes sceauxDesProcesVerbaux() {
        return () -> fr.cellulepdp.app.audit.SceauxHorsBase.desProcesVerbaux(dossierDocuments());
    }

    public SuivreSuivis suivreSuivis() {
        return new SuivreSuivis(base, horloge, session);
    }

    public ChargerDonneesDemo chargerDonneesDemo() {
        return new ChargerDonneesDemo(base, session);
    }

    public ConsulterCatalogue catalogue() {
        return new ConsulterCatalogue(base, session);
    }

    public ListerSituations listerSituations() {
        return new ListerSituations(base, horloge, session);
    }

    public ImporterListeIj60 importerListeIj60() {
        return new ImporterListeIj60(base, horloge, session);
    }

    public CreerSituation creerSituation() {
        return new CreerSituation(base, horloge, session);
    }

    /** The social référents a situation can be given to, for the forms and filters. */
    public List<Membre> referentsSociauxActifs() {
        return base.membres().findAll().stream().filter(m -> m.role() == Role.REFERENT_SOCIAL && m.actif())
                .sorted(java.util.Comparator.comparing(Membre::nom)).toList();
    }

    public ModifierSituation modifierSituation() {
        return new ModifierSituation(base, horloge, session);
    }

    public GererDemandes gererDemandes() {
        return new GererDemandes(base, horloge, session);
    }

    public HistoriquePersonne historiquePersonne() {
        return new HistoriquePersonne(base, horloge, session);
    }

    public PreparerSeance preparerSeance() {
        return new PreparerSeance(base, horloge, session);
    }

    /** Convocations and cancellations of planned meetings, through the outbox. */
    public fr.cellulepdp.model.convocation.ConvoquerSeance convoquerSeance() {
        return new fr.cellulepdp.model.convocation.ConvoquerSeance(base, genererDocuments(), horloge, session);
    }

    public fr.cellulepdp.model.seance.DeplacerSeance deplacerSeance() {
        return new fr.cellulepdp.model.seance.DeplacerSeance(base, horloge, session);
    }

    public fr.cellulepdp.model.convocation.ParametrerDiffusion parametrerDiffusion() {
        return new fr.cellulepdp.model.convocation.ParametrerDiffusion(base, horloge, session);
    }

    public TenirSeance tenirSeance() {
        return new TenirSeance(base, horloge, session);
    }

    public ConsulterSeance consulterSeance() {
        return new ConsulterSeance(base, tenirSeance(), session);
    }

    public fr.cellulepdp.model.decision.DeciderEnUrgence deciderEnUrgence() {
        return new fr.cellulepdp.model.decision.DeciderEnUrgence(base, horloge, seancesPourDecider(), session);
    }

    public fr.cellulepdp.model.decision.DeciderEnSeance deciderEnSeance() {
        return new fr.cellulepdp.model.decision.DeciderEnSeance(base, horloge, seancesPourDecider(), session);
    }

    public fr.cellulepdp.model.decision.RectifierDecision rectifierDecision() {
        return new fr.cellulepdp.model.decision.RectifierDecision(base, horloge, seancesPourDecider(), session);
    }

    /** The meetings as the decision use cases see them (decision record 0036). */
    private fr.cellulepdp.model.decision.SeancesPourDecider seancesPourDecider() {
        return new fr.cellulepdp.model.seance.SeancesDesDecisions(base);
    }

    public ControleDecision controleDecision() {
        return new ControleDecision(base, horloge, session);
    }

    public GererMotifsTypes motifsTypes() {
        return new GererMotifsTypes(base, horloge, session);
    }

    public ListerSeances listerSeances() {
        return new ListerSeances(base, horloge, session);
    }

    @Override
    public void close() {
        base.close();
    }
}
