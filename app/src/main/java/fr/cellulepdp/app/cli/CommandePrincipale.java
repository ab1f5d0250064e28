package fr.cellulepdp.app.cli;

import fr.cellulepdp.app.wiring.Services;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cellule-pdp [--db PATH] [SUBCOMMAND]}: the window without a subcommand. */
@Command(name = "cellule-pdp",
        description = "Application de la cellule locale PDP : situations, séances, décisions et courriers.",
        subcommands = {CommandeDemo.class, CommandeImportIj60.class, CommandeRender.class, CommandeContresigner.class, CommandeEnvoi.class, CommandeParametres.class,
                CommandeSauvegarde.class, CommandeRestauration.class, CommandeIndicateurs.class, CommandeVerifierAudit.class,
                CommandeVersion.class},
        synopsisHeading = "Utilisation : ",
        synopsisSubcommandLabel = "[SOUS-COMMANDE]",
        descriptionHeading = "%n",
        optionListHeading = "%nOptions :%n",
        commandListHeading = "%nSous-commandes (sans sous-commande, la fenêtre s'ouvre) :%n",
        footer = "%nLa base est créée au premier lancement. Code de sortie 0 en cas de succès.")
public final class CommandePrincipale implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "CHEMIN",
            description = "Fichier de la base H2 (par défaut : le dossier de données de l'utilisateur).")
    private Path base;

    @Mixin
    private OptionAide aide;

    private final LanceurFenetre lanceurFenetre;

    CommandePrincipale(LanceurFenetre lanceurFenetre) {
        this.lanceurFenetre = lanceurFenetre;
    }

    /** The database chosen with --db, or the default one. */
    Path base() {
        return base != null ? base : Services.emplacementParDefaut();
    }

    @Override
    public Integer call() {
        try {
            lanceurFenetre.lancer(base());
        } catch (UnsupportedOperationException | IllegalStateException e) {
            // JavaFX could not reach a display (no graphical session, or missing GTK libraries)
            throw new FenetreIndisponibleException(e);
        }
        return 0;
    }
}
