package fr.cellulepdp.app.cli;

import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.persistence.base.AccesBase;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cellule-pdp [--db CHEMIN|URL [--db-user NOM]] [SUBCOMMAND]}: the window without a subcommand. */
@Command(name = "cellule-pdp",
        description = "Application de la cellule locale PDP : situations, séances, décisions et courriers.",
        synopsisHeading = "Utilisation : ",
        synopsisSubcommandLabel = "[SOUS-COMMANDE]",
        descriptionHeading = "%n",
        optionListHeading = "%nOptions :%n",
        commandListHeading = "%nSous-commandes (sans sous-commande, la fenêtre s'ouvre) :%n",
        footer = "%nLa base est créée au premier lancement. Code de sortie 0 en cas de succès.")
public final class CommandePrincipale implements Callable<Integer> {

    /**
     * The subcommands, in the order the help lists them; added by {@link LigneDeCommande}, which builds only the one
     * a command line names (picocli's model of them all cost a tenth of a second of a command's start).
     */
    static final java.util.List<Class<?>> SOUS_COMMANDES = java.util.List.of(CommandeDemo.class,
            CommandeImportIj60.class, CommandeRender.class, CommandeContresigner.class, CommandeEnvoi.class,
            CommandeRappels.class, CommandeCourriers.class, CommandeParametres.class, CommandeMiseEnPlace.class,
            CommandeMembres.class, CommandeOrganisations.class, CommandeSeances.class, CommandeSauvegarde.class,
            CommandeRestauration.class, CommandeIndicateurs.class, CommandeConsolider.class,
            CommandeVerifierAudit.class, CommandeMigrationBase.class, CommandeCodePersonnel.class,
            CommandeRoleServeur.class, CommandeVersion.class);

    /** The password of the database server given with --db-user. */
    static final String VARIABLE_MOT_DE_PASSE = "PDP_DB_PASSWORD";

    @Option(names = "--db", paramLabel = "CHEMIN|URL",
            description = "Fichier de la base H2 (par défaut : le dossier de données de l'utilisateur), ou serveur "
                    + "PostgreSQL partagé : jdbc:postgresql://hôte:port/base.")
    private String base;

    @Option(names = "--db-user", paramLabel = "NOM",
            description = "Utilisateur du serveur PostgreSQL, pour la mise en place (propriétaire) ou un rôle associé "
                    + "par l'administrateur (mot de passe : variable PDP_DB_PASSWORD, ou demandé). Sans lui, chaque "
                    + "compte se connecte avec son propre rôle et son seul mot de passe.")
    private String utilisateur;

    /** The password of the account given with --user. */
    static final String VARIABLE_MOT_DE_PASSE_COMPTE = "PDP_PASSWORD";

    @Option(names = "--user", paramLabel = "IDENTIFIANT",
            description = "Compte de l'application (mot de passe : variable PDP_PASSWORD, ou demandé) ; obligatoire "
                    + "dès que des comptes existent.")
    private String compte;

    @Mixin
    private OptionAide aide;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    private final LanceurFenetre lanceurFenetre;
    private final java.util.function.UnaryOperator<String> environnement;
    private AccesBase acces;

    CommandePrincipale(LanceurFenetre lanceurFenetre, java.util.function.UnaryOperator<String> environnement) {
        this.lanceurFenetre = lanceurFenetre;
        this.environnement = environnement;
    }

    /**
     * Opens the database and logs in with --user (the same roles as in the window; an encrypted file opens only with
     * the password), before the command touches anything; {@code ouverture}, from the wiring, builds what the command
     * uses. A database with no account yet is refused: every command acts in someone's name, so the coordinatrice's
     * account comes first ({@code setup account}).
     */
    <B> Ouverture.Ouverte<B> ouvrir(Ouverture<B> ouverture) {
        return ouverture.ouvrir(identification(false));
    }

    /**
     * Like {@link #ouvrir(Ouverture)}, but a database with no account yet opens as an anonymous coordinatrice: for
     * what creates the first accounts (the demo) or checks that nothing is there yet.
     */
    <B> Ouverture.Ouverte<B> ouvrirAvantLePremierCompte(Ouverture<B> ouverture) {
        return ouverture.ouvrir(identification(true));
    }

    private Ouverture.Identification identification(boolean avantLePremierCompte) {
        return new Ouverture.Identification(acces(), compte, this::motDePasseCompte, avantLePremierCompte,
                this::avertirSansCompte);
    }

    private void avertirSansCompte() {
        java.io.PrintWriter erreurs = spec.commandLine().getErr();
        erreurs.println("Attention : cette base n'a encore aucun compte, aucun mot de passe ne la protège. Créez le "
                + "compte de la coordinatrice (setup account --login IDENTIFIANT, ou au premier lancement de la "
                + "fenêtre), ou chargez la démonstration.");
        erreurs.flush();
    }

    /** An environment variable, as the command line was given them (tests give their own). */
    String variable(String nom) {
        return environnement.apply(nom);
    }

    private char[] motDePasseCompte() {
        if (compte == null) {
            throw new SaisieInvalideException("--user", "cette base a des comptes : indiquez --user "
                    + "IDENTIFIANT (mot de passe dans " + VARIABLE_MOT_DE_PASSE_COMPTE + ", ou saisi).");
        }
        String variable = environnement.apply(VARIABLE_MOT_DE_PASSE_COMPTE);
        if (variable != null) {
            return variable.toCharArray();
        }
        java.io.Console console = System.console();
        if (console == null) {
            throw new SaisieInvalideException("--user", "mot de passe du compte requis : définissez "
                    + VARIABLE_MOT_DE_PASSE_COMPTE + " ou lancez la commande dans un terminal.");
        }
        return console.readPassword("Mot de passe de " + compte + " : ");
    }

    /** The database chosen with --db (and --db-user), or the default file; the password is asked once. */
    AccesBase acces() {
        if (acces == null) {
            acces = base == null ? AccesBase.fichier(
                    fr.cellulepdp.persistence.base.BaseDeDonnees.emplacementParDefaut())
                    : AccesBase.depuis(base, utilisateur, base.startsWith("jdbc:postgresql:")
                            ? MotDePasseBase.lire(VARIABLE_MOT_DE_PASSE, utilisateur) : null);
        }
        return acces;
    }

    /**
     * The H2 file, for what only the embedded database allows.
     *
     * @throws SaisieInvalideException naming {@code action} when --db is a server
     */
    Path fichierH2(String action) {
        return acces().fichier().orElseThrow(() -> new SaisieInvalideException("--db", action + " : elle n'est pas "
                + "possible sur un serveur PostgreSQL (" + acces() + "), dont la base se sauvegarde et se restaure "
                + "sur le serveur (pg_dump, pg_restore)."));
    }

    @Override
    public Integer call() {
        try {
            lanceurFenetre.lancer(acces());
        } catch (UnsupportedOperationException | IllegalStateException e) {
            // JavaFX could not reach a display (no graphical session, or missing GTK libraries)
            throw new FenetreIndisponibleException(e);
        }
        return 0;
    }
}
