package fr.cellulepdp.app.cli;

import fr.cellulepdp.app.sauvegarde.Sauvegarde;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import java.io.Console;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code backup FICHIER}: the whole cell (database and documents) in one encrypted file. */
@Command(name = "backup", description = "Sauvegarde la cellule (base et documents) dans un fichier chiffré "
        + "(mot de passe : variable PDP_BACKUP_PASSWORD, ou demandé).")
public final class CommandeSauvegarde extends SousCommande {

    /** What the command uses, built in the wiring (decision record 0044). */
    public record Besoins(fr.cellulepdp.app.sauvegarde.Sauvegarde.Source sauvegarde) {
    }

    private final Ouverture<Besoins> ouverture;

    public CommandeSauvegarde(Ouverture<Besoins> ouverture) {
        this.ouverture = ouverture;
    }

    static final String VARIABLE = "PDP_BACKUP_PASSWORD";

    @Parameters(paramLabel = "FICHIER", description = "Le fichier de sauvegarde à écrire.")
    private Path fichier;

    @Override
    public Integer call() {
        principale().fichierH2("La sauvegarde de l'application copie le fichier de la base H2 intégrée");
        char[] motDePasse = motDePasse(principale());
        try (Ouverture.Ouverte<Besoins> ouverte = principale().ouvrir(ouverture)) {
            Besoins besoins = ouverte.besoins();
            int entrees = Sauvegarde.sauvegarder(besoins.sauvegarde(), fichier, motDePasse);
            sortie().println("Sauvegarde écrite : " + fichier.toAbsolutePath() + " (" + entrees + " éléments, "
                    + "chiffrée).");
            sortie().flush();
            return 0;
        }
    }

    /** @param principale the command line, whose environment holds the variable (tests give their own) */
    static char[] motDePasse(CommandePrincipale principale) {
        String variable = principale.variable(VARIABLE);
        if (variable != null) {
            return variable.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new SaisieInvalideException("mot de passe", "définissez " + VARIABLE
                    + " ou lancez la commande dans un terminal.");
        }
        return console.readPassword("Mot de passe de la sauvegarde : ");
    }
}
