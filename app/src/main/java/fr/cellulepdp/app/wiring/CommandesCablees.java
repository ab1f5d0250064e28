package fr.cellulepdp.app.wiring;

import fr.cellulepdp.app.cli.CommandeCodePersonnel;
import fr.cellulepdp.app.cli.CommandeContresigner;
import fr.cellulepdp.app.cli.CommandeCourriers;
import fr.cellulepdp.app.cli.CommandeDemo;
import fr.cellulepdp.app.cli.CommandeEnvoi;
import fr.cellulepdp.app.cli.CommandeHorodatage;
import fr.cellulepdp.app.cli.CommandeImportIj60;
import fr.cellulepdp.app.cli.CommandeIndicateurs;
import fr.cellulepdp.app.cli.CommandeMembres;
import fr.cellulepdp.app.cli.CommandeMigrationBase;
import fr.cellulepdp.app.cli.CommandeMiseEnPlace;
import fr.cellulepdp.app.cli.CommandeOrganisations;
import fr.cellulepdp.app.cli.CommandeRappels;
import fr.cellulepdp.app.cli.CommandeRecoursAjournement;
import fr.cellulepdp.app.cli.CommandeRender;
import fr.cellulepdp.app.cli.CommandeRestauration;
import fr.cellulepdp.app.cli.CommandeRoleServeur;
import fr.cellulepdp.app.cli.CommandeSauvegarde;
import fr.cellulepdp.app.cli.CommandeSeances;
import fr.cellulepdp.app.cli.CommandeSmtp;
import fr.cellulepdp.app.cli.CommandeVersion;
import fr.cellulepdp.app.cli.CommandeVerifierAudit;
import fr.cellulepdp.app.cli.LanceurFenetre;
import fr.cellulepdp.app.cli.LigneDeCommande;
import fr.cellulepdp.app.cli.Ouverture;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.compte.Compte;
import fr.cellulepdp.persistence.base.AccesBase;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import picocli.CommandLine;

/**
 * The command line's wiring (decision record 0044): picocli makes each command through this factory, which gives it
 * the one thing it needs, an {@link Ouverture} that logs in with --user and builds the command's own record of use
 * cases; no command receives {@code Services}.
 */
public final class CommandesCablees implements CommandLine.IFactory {

    private final Map<Class<?>, Supplier<Object>> commandes = Map.ofEntries(
            Map.entry(CommandeVersion.class, () -> new CommandeVersion(VersionApplication.version())),
            Map.entry(CommandeCodePersonnel.class, () -> new CommandeCodePersonnel(ouverture(s ->
                    new CommandeCodePersonnel.Besoins(s.courriers().remettreCodePersonnel())))),
            Map.entry(CommandeContresigner.class, () -> new CommandeContresigner(ouverture(s ->
                    new CommandeContresigner.Besoins(s.documents()::contresignature)))),
            Map.entry(CommandeDemo.class, () -> new CommandeDemo(ouverture(s ->
                    new CommandeDemo.Besoins(s.miseEnPlace().chargementDemo()::charger, s.descriptionBase(),
                            s.dossierDonnees())))),
            Map.entry(CommandeEnvoi.class, () -> new CommandeEnvoi(ouverture(s ->
                    new CommandeEnvoi.Besoins(s.documents().horodatageEnAttente()::horodater,
                            s.courriers().envoyerCourriers())))),
            Map.entry(CommandeHorodatage.class, () -> new CommandeHorodatage(ouverture(s ->
                    new CommandeHorodatage.Besoins(s.documents().parametrerHorodatage())))),
            Map.entry(CommandeImportIj60.class, () -> new CommandeImportIj60(ouverture(s ->
                    new CommandeImportIj60.Besoins(s.situations().importerListeIj60())))),
            Map.entry(CommandeRecoursAjournement.class, () -> new CommandeRecoursAjournement(ouverture(s ->
                    new CommandeRecoursAjournement.Besoins(s.miseEnPlace().parametrerRecoursSurAjournement())))),
            Map.entry(CommandeRoleServeur.class, () -> new CommandeRoleServeur(ouverture(s ->
                    new CommandeRoleServeur.Besoins(s.miseEnPlace().gererComptes())))),
            Map.entry(CommandeSauvegarde.class, () -> new CommandeSauvegarde(ouverture(s ->
                    new CommandeSauvegarde.Besoins(s.sauvegardes().sauvegarde())))),
            Map.entry(CommandeVerifierAudit.class, () -> new CommandeVerifierAudit(ouverture(s ->
                    new CommandeVerifierAudit.Besoins(s.bilans().sceauxDesProcesVerbaux(),
                            s.bilans().verifierAudit())))),
            Map.entry(CommandeMigrationBase.class, () -> new CommandeMigrationBase(ouverture(s ->
                    new CommandeMigrationBase.Besoins(s.sauvegardes().copieComplete()::pourMigration)))),
            Map.entry(CommandeRestauration.class, () -> new CommandeRestauration(ouverture(s ->
                    new CommandeRestauration.Besoins(s.session(), s.situations().listerSituations()::nombre,
                            s.seances().listerSeances()::nombre)))),
            Map.entry(CommandeIndicateurs.class, () -> new CommandeIndicateurs(ouverture(s ->
                    new CommandeIndicateurs.Besoins(s.horloge(), s.bilans().calculerIndicateurs(),
                            s.bilans().editerBilan(), s.bilans().exporterBilan())))),
            Map.entry(CommandeRender.class, () -> new CommandeRender(sansCompactionALaFermeture(ouverture(s ->
                    new CommandeRender.Besoins(s.documents()::genererDocuments, s.seances().listerSeances(),
                            s.miseEnPlace().parametrerCellule()::renseignee, s.dossierDocuments(),
                            s.dossierDonnees()))))),
            Map.entry(CommandeSmtp.class, () -> new CommandeSmtp(ouverture(s ->
                    new CommandeSmtp.Besoins(s.courriers().parametrerSmtp())))),
            Map.entry(CommandeMembres.class, () -> new CommandeMembres(ouverture(s ->
                    new CommandeMembres.Besoins(s.miseEnPlace().gererMembres())))),
            Map.entry(CommandeOrganisations.class, () -> new CommandeOrganisations(ouverture(s ->
                    new CommandeOrganisations.Besoins(s.miseEnPlace().gererAnnuaire())))),
            Map.entry(CommandeMiseEnPlace.class, () -> new CommandeMiseEnPlace(ouverture(s ->
                    new CommandeMiseEnPlace.Besoins(s.session(), s.miseEnPlace().gererComptes(),
                            s.miseEnPlace().gererMembres(), s.miseEnPlace().parametrerCellule())))),
            Map.entry(CommandeMiseEnPlace.PremierCompte.class, () -> new CommandeMiseEnPlace.PremierCompte(
                    CommandesCablees::creerPremierCompte)),
            Map.entry(CommandeRappels.class, () -> new CommandeRappels(ouverture(s ->
                    new CommandeRappels.Besoins(s.courriers().envoyerRappels(), s.courriers().reglerRappels())))),
            Map.entry(CommandeCourriers.class, () -> new CommandeCourriers(ouverture(s ->
                    new CommandeCourriers.Besoins(s.courriers().misesADisposition(), s.dossierDocuments())))),
            Map.entry(CommandeSeances.class, () -> new CommandeSeances(ouverture(s ->
                    new CommandeSeances.Besoins(s.miseEnPlace().gererMembres(), s.seances().preparerSeance(),
                            s.seances().tenirSeance(), s.documents()::genererDocuments, s.seances()::convoquerSeance,
                            s.seances().deplacerSeance())))));

    private CommandesCablees() {
    }

    /** The command line of the jar. */
    public static CommandLine creer(LanceurFenetre lanceurFenetre) {
        return creer(lanceurFenetre, System::getenv);
    }

    /** With the environment variables read through {@code environnement} (tests give their own). */
    public static CommandLine creer(LanceurFenetre lanceurFenetre, UnaryOperator<String> environnement) {
        return LigneDeCommande.creer(lanceurFenetre, environnement, new CommandesCablees(),
                VersionApplication.version());
    }

    /** The command line of one run of the jar on {@code arguments}: only the subcommand they name is built. */
    public static CommandLine pour(String[] arguments, LanceurFenetre lanceurFenetre) {
        return pour(arguments, lanceurFenetre, System::getenv);
    }

    /** The same with the environment variables read through {@code environnement} (tests give their own). */
    public static CommandLine pour(String[] arguments, LanceurFenetre lanceurFenetre,
                                   UnaryOperator<String> environnement) {
        return LigneDeCommande.pour(arguments, lanceurFenetre, environnement, new CommandesCablees(),
                VersionApplication.version());
    }

    @Override
    public <K> K create(Class<K> classe) throws Exception {
        Supplier<Object> commande = commandes.get(classe);
        return commande != null ? classe.cast(commande.get()) : CommandLine.defaultFactory().create(classe);
    }

    /** Opens as the account, then builds what the command uses; the database closes if building fails. */
    private static <B> Ouverture<B> ouverture(Function<Services, B> besoins) {
        return identification -> {
            Services services = ouvrir(identification);
            try {
                return new Ouverture.Ouverte<>(besoins.apply(services), services::close);
            } catch (RuntimeException e) {
                services.close();
                throw e;
            }
        };
    }

    /**
     * The same opening, the H2 file closed without compaction: the pack's command ends right after recording its
     * letters, and H2's compaction was the last 0.1–0.3 s of its run (decision 0052's amendment of 5 December 2026).
     */
    private static <B> Ouverture<B> sansCompactionALaFermeture(Ouverture<B> ouverture) {
        return identification -> ouverture.ouvrir(new Ouverture.Identification(
                identification.acces().sansCompactionALaFermeture(), identification.compte(),
                identification.motDePasse(), identification.avantLePremierCompte(),
                identification.avertirSansCompte()));
    }

    /**
     * Opens the database and logs in with --user (the same roles as in the window; an encrypted file opens only with
     * the password), before the command touches anything.
     *
     * @throws SaisieInvalideException on a database that has no account yet, unless the command acts before the first
     *                                 account: every command acts in someone's name ({@code setup account} first)
     */
    static Services ouvrir(Ouverture.Identification identification) {
        AccesBase acces = identification.acces();
        if (!acces.verrouillee()) {
            Services services = Services.ouvrir(acces, Horloge.systeme());
            if (services.miseEnPlace().gererComptes().aucunCompte()) {
                if (!identification.avantLePremierCompte()) {
                    services.close();
                    throw new SaisieInvalideException("compte", "cette base n'a encore aucun compte : créez d'abord "
                            + "celui de la coordinatrice (setup account --login IDENTIFIANT, ou au premier lancement "
                            + "de la fenêtre), puis indiquez --user IDENTIFIANT.");
                }
                if (acces.aProteger()) {
                    identification.avertirSansCompte().run();
                }
                return services;
            }
            // opened again as the account: the coordinatrice's login protects a file in clear
            services.close();
        }
        // the password is asked (or --user found missing) only now
        char[] motDePasse = identification.motDePasse().get();
        return Services.ouvrir(acces, Horloge.systeme(), identification.compte(), motDePasse);
    }

    /** {@code setup account}: the first account, the coordinatrice's, on a base that has none. */
    private static Optional<CommandeMiseEnPlace.PremierCompte.CreationPremierCompte.Cree> creerPremierCompte(
            AccesBase acces, String identifiant, char[] motDePasse, char[] confirmation) {
        Horloge horloge = Horloge.systeme();
        Services services = Services.ouvrir(acces, horloge);
        try {
            if (!services.miseEnPlace().gererComptes().aucunCompte()) {
                return Optional.empty();
            }
            // as the window's first account: tied to the cell's coordinatrice when the members list has her
            Compte compte = services.miseEnPlace().gererComptes().creerPremierPourLaCoordinatrice(identifiant,
                    motDePasse, confirmation);
            if (acces.aProteger()) {
                // a file from before encryption: the coordinatrice's login protects it with her password
                services.close();
                services = null;
                Services.ouvrir(acces, horloge, compte.identifiant(), motDePasse).close();
            }
            return Optional.of(new CommandeMiseEnPlace.PremierCompte.CreationPremierCompte.Cree(compte,
                    compte.membreId() != null));
        } finally {
            if (services != null) {
                services.close();
            }
        }
    }
}
