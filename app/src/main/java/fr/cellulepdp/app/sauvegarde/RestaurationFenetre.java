package fr.cellulepdp.app.sauvegarde;

import fr.cellulepdp.model.commun.SaisieInvalideException;
import java.nio.file.Path;

/**
 * Restoring from the window: the file is checked whole while the database is still open (a wrong password or a
 * damaged file changes nothing and the window stays); only then the automatic backup stops, the database closes,
 * the file replaces it (the former one kept beside) and the application closes, to be started again on the
 * restored data.
 */
public final class RestaurationFenetre {

    private RestaurationFenetre() {
    }

    /** The embedded database file, or a French refusal on a shared server. */
    public static Path fichierBase(java.util.Optional<Path> fichierBase) {
        return fichierBase.orElseThrow(() -> new SaisieInvalideException("sauvegarde",
                "la restauration remplace la base intégrée (H2) ; sur un serveur PostgreSQL, utilisez ses propres "
                        + "outils (pg_restore) ou migrate-db."));
    }

    /** Step 1, database open: reads and checks the whole file; throws (in French) when it would be refused. */
    public static int verifier(java.util.Optional<Path> fichierBase, Path sauvegarde, char[] motDePasse) {
        fichierBase(fichierBase);
        return Sauvegarde.verifier(sauvegarde, motDePasse);
    }

    /**
     * Step 2, once checked: closes everything ({@code fermerBase} the database), restores, then {@code fermer} ends
     * the application.
     */
    public static int restaurer(java.util.Optional<Path> fichierBase, Runnable fermerBase,
                                SauvegardeAutomatique automatique, Path sauvegarde, char[] motDePasse,
                                Runnable fermer) {
        Path base = fichierBase(fichierBase);
        automatique.suspendre();
        fermerBase.run();
        try {
            return Sauvegarde.restaurer(base, sauvegarde, motDePasse);
        } finally {
            fermer.run();
        }
    }
}
