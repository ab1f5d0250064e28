package fr.cellulepdp.app.cli;

import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.persistence.AccesBase;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cellule-pdp [--db CHEMIN|URL [--db-user NOM]] [SUBCOMMAND]}: the window without a subcommand. */
@Command(name = "cellule-pdp",
        description = "Application de la cellule locale PDP : situations, séances, décisions et courriers.",
        subcommands = {CommandeDemo.class, CommandeImportIj60.class, CommandeRender.class, CommandeContresigner.class, CommandeEnvoi.class, CommandeParametres.class,
                CommandeSauvegarde.class, CommandeRestauration.class, CommandeIndicateurs.class, CommandeVerifierAudit.class,
                CommandeMigrationBase.class,
                CommandeVersion.class},
        synopsisHeading = "Utilisation : ",
        synopsisSubcommandLabel = "[SOUS-COMMANDE]",
        descriptionHeading = "%n",
        optionListHeading = "%nOptions :%n",
        commandListHeading = "%nSous-commandes (sans sous-commande, la fenêtre s'ouvre) :%n",
        footer = "%nLa base est créée au premier lancement. Code de sortie 0 en cas de succès.")
public final class CommandePrincipale implements Callable<Integer> {

    /** The password of the database server given with --db-user. */
    static final String VARIABLE_MOT_DE_PASSE = "PDP_DB_PASSWORD";

    @Option(names = "--db", paramLabel = "CHEMIN|URL",
            description = "Fichier de la base H2 (par défaut : le dossier de données de l'utilisateur), ou serveur "
                    + "PostgreSQL partagé : jdbc:postgresql://hôte:port/base.")
    private String base;

    @Option(names = "--db-user", paramLabel = "NOM",
            description = "Utilisateur du serveur PostgreSQL (mot de passe : variable PDP_DB_PASSWORD, ou demandé).")
    private String utilisateur;

    @Mixin
    private OptionAide aide;

    private final LanceurFenetre lanceurFenetre;
    private AccesBase acces;

    CommandePrincipale(LanceurFenetre lanceurFenetre) {
        this.lanceurFenetre = lanceurFenetre;
    }

    /** The database chosen with --db (and --db-user), or the default file; the password is asked once. */
    AccesBase acces() {
        if (acces == null) {
            acces = base == null ? AccesBase.fichier(Services.emplacementParDefaut())
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
