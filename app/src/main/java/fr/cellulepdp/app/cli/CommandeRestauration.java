package fr.cellulepdp.app.cli;

import fr.cellulepdp.app.sauvegarde.Sauvegarde;
import fr.cellulepdp.model.cellule.Droits;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code restore FICHIER}: puts a backup back, after checking it whole; the former database file is kept beside as
 * "….avant-restauration-N" with its key ring. The window must be closed; only the coordinatrice restores.
 */
@Command(name = "restore", description = "Restaure une sauvegarde (la fenêtre doit être fermée) ; l'ancienne base "
        + "est gardée à côté (.avant-restauration-N) ; réservé à la coordinatrice.")
public final class CommandeRestauration extends SousCommande {

    /** What the command uses, built in the wiring (decision record 0044). */
    public record Besoins(fr.cellulepdp.model.cellule.UtilisateurCourant session,
                          java.util.function.LongSupplier situations, java.util.function.LongSupplier seances) {
    }

    private final Ouverture<Besoins> ouverture;

    public CommandeRestauration(Ouverture<Besoins> ouverture) {
        this.ouverture = ouverture;
    }

    @Parameters(paramLabel = "FICHIER", description = "Le fichier de sauvegarde.")
    private Path fichier;

    @Override
    public Integer call() {
        Path base = principale().fichierH2("La restauration remplace le fichier de la base H2 intégrée");
        if (java.nio.file.Files.exists(Path.of(base + ".mv.db")) || java.nio.file.Files.exists(base)) {
            // the base in place is the cell's: only its coordinatrice replaces it, and only while no one has it
            // open (opening takes the same lock as a window, and is refused while another process holds it)
            // (a base that no account protects yet opens as its coordinatrice: anyone could copy it anyway)
            try (Ouverture.Ouverte<Besoins> ouverte = principale().ouvrirAvantLePremierCompte(ouverture)) {
                Besoins besoins = ouverte.besoins();
                Droits.coordinatrice(besoins.session().utilisateur(), "restauration", "restaure une sauvegarde, qui "
                        + "remplace toutes les données de la cellule");
            }
        }
        char[] motDePasse = CommandeSauvegarde.motDePasse(principale());
        Sauvegarde.verifier(fichier, motDePasse);
        int entrees = Sauvegarde.restaurer(base, fichier, motDePasse);
        // opening migrates a backup made by an older version; an encrypted one opens with --user's password
        try (Ouverture.Ouverte<Besoins> ouverte = principale().ouvrirAvantLePremierCompte(ouverture)) {
            Besoins besoins = ouverte.besoins();
            sortie().println("Sauvegarde restaurée (" + entrees + " éléments) : " + besoins.situations().getAsLong()
                    + " situations, " + besoins.seances().getAsLong() + " séances.");
            sortie().flush();
        }
        return 0;
    }
}
