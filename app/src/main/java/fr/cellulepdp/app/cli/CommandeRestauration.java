package fr.cellulepdp.app.cli;

import fr.cellulepdp.app.sauvegarde.Sauvegarde;
import fr.cellulepdp.app.wiring.Services;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code restore FICHIER}: puts a backup back, after checking it whole; the former database file is kept beside as
 * "….avant-restauration". The window must be closed.
 */
@Command(name = "restore", description = "Restaure une sauvegarde (la fenêtre doit être fermée) ; l'ancienne base "
        + "est gardée à côté (.avant-restauration).")
final class CommandeRestauration extends SousCommande {

    @Parameters(paramLabel = "FICHIER", description = "Le fichier de sauvegarde.")
    private Path fichier;

    @Override
    public Integer call() {
        Path base = principale().fichierH2("La restauration remplace le fichier de la base H2 intégrée");
        char[] motDePasse = CommandeSauvegarde.motDePasse();
        int entrees = Sauvegarde.restaurer(base, fichier, motDePasse);
        // opening migrates a backup made by an older version; an encrypted one opens with --user's password
        try (Services services = principale().ouvrir()) {
            sortie().println("Sauvegarde restaurée (" + entrees + " éléments) : " + services.stockage().situations()
                    .count() + " situations, " + services.stockage().seances().count() + " séances.");
            sortie().flush();
        }
        return 0;
    }
}
