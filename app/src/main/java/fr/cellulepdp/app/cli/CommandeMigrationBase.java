package fr.cellulepdp.app.cli;

import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.persistence.base.AccesBase;
import fr.cellulepdp.persistence.base.BaseDeDonnees;
import fr.cellulepdp.persistence.base.CopieBase;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code migrate-db --to URL|CHEMIN [--to-user NOM]}: moves the cell from its database (--db) to another, empty one
 * (the H2 file to a PostgreSQL server, or back), then checks that every table has as many rows on both sides.
 */
@Command(name = "migrate-db", description = "Copie toute la base (--db) dans une autre base vide : un serveur "
        + "PostgreSQL (jdbc:postgresql://hôte:port/base) ou un fichier H2, puis vérifie le nombre de lignes de "
        + "chaque table. Code de sortie 1 si un nombre diffère.")
public final class CommandeMigrationBase extends SousCommande {

    /** What the command uses, built in the wiring (decision record 0044). */
    public record Besoins(java.util.function.Supplier<fr.cellulepdp.persistence.base.BaseDeDonnees> basePourCopie) {
    }

    private final Ouverture<Besoins> ouverture;

    public CommandeMigrationBase(Ouverture<Besoins> ouverture) {
        this.ouverture = ouverture;
    }

    /** The password of the target server given with --to-user. */
    static final String VARIABLE_MOT_DE_PASSE = "PDP_DB_TO_PASSWORD";

    @Option(names = "--to", required = true, paramLabel = "URL|CHEMIN",
            description = "La base cible, vide : jdbc:postgresql://hôte:port/base, jdbc:h2:file:CHEMIN ou un chemin.")
    private String cible;

    @Option(names = "--to-user", paramLabel = "NOM",
            description = "Utilisateur du serveur cible (mot de passe : variable PDP_DB_TO_PASSWORD, ou demandé).")
    private String utilisateurCible;

    @Override
    public Integer call() {
        AccesBase source = principale().acces();
        AccesBase destination = AccesBase.depuis(cible, utilisateurCible, cible.startsWith("jdbc:postgresql:")
                ? MotDePasseBase.lire(VARIABLE_MOT_DE_PASSE, utilisateurCible) : null);
        if (source.memeBaseQue(destination)) {
            throw new SaisieInvalideException("--to", "la base cible est la base de départ (" + source + ").");
        }
        PrintWriter sortie = sortie();
        // the source opens as the coordinatrice (its file may be encrypted); a new H2 target is encrypted with a key
        // of its own, which the coordinatrice's first login there protects
        try (Ouverture.Ouverte<Besoins> ouverte = principale().ouvrir(ouverture)) {
            Besoins besoins = ouverte.besoins();
            // refused before the target is created when the account is not the coordinatrice's
            BaseDeDonnees depart = besoins.basePourCopie().get();
            try (BaseDeDonnees arrivee = destination.ouvrir()) {
                sortie.println("Copie de " + depart.description() + " vers " + arrivee.description() + "…");
                sortie.flush();
                CopieBase.Rapport rapport = CopieBase.copier(depart, arrivee, table -> { });
                sortie.println(String.format(Locale.ROOT, "%-36s %10s %10s", "table", "départ", "arrivée"));
                for (CopieBase.Comptage comptage : rapport.tables()) {
                    sortie.println(String.format(Locale.ROOT, "%-36s %10d %10d%s", comptage.table(), comptage.source(),
                            comptage.cible(), comptage.identique() ? "" : "  ≠"));
                }
                if (!rapport.conforme()) {
                    sortie.flush();
                    PrintWriter erreurs = spec().commandLine().getErr();
                    erreurs.println("Erreur : le nombre de lignes diffère pour "
                            + String.join(", ", rapport.tables().stream().filter(c -> !c.identique())
                            .map(CopieBase.Comptage::table).toList())
                            + ". N'utilisez pas la base cible ; la base de départ n'a pas été modifiée.");
                    erreurs.flush();
                    return LigneDeCommande.ECHEC;
                }
                sortie.println("Copie vérifiée : " + rapport.lignes() + " lignes dans " + rapport.tables().size()
                        + " tables, autant qu'au départ. La base de départ n'a pas été modifiée ; les documents "
                        + "produits et la clé locale restent dans le dossier de données de ce poste.");
                if (destination.fichier().isPresent()) {
                    sortie.println("Le fichier copié est chiffré ; sa clé reste lisible à côté de lui jusqu'à la "
                            + "première connexion de la coordinatrice sur cette base, qui la protège par son mot "
                            + "de passe : connectez-vous-y sans tarder.");
                }
                sortie.flush();
                return 0;
            }
        }
    }
}
