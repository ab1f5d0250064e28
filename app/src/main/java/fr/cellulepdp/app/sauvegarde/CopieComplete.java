package fr.cellulepdp.app.sauvegarde;

import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.persistence.base.BaseDeDonnees;
import java.nio.file.Path;

/**
 * A copy of the whole open database, for the backup file or migrate-db: it holds every person's files, so it is the
 * coordinatrice's duty alone, checked before anything is read.
 */
public final class CopieComplete {

    private final BaseDeDonnees base;
    private final UtilisateurCourant utilisateurCourant;

    public CopieComplete(BaseDeDonnees base, UtilisateurCourant utilisateurCourant) {
        this.base = base;
        this.utilisateurCourant = utilisateurCourant;
    }

    /** The right to back the base up, checked before the backup makes any file. */
    public void autoriserSauvegarde() {
        autoriser("la sauvegarde");
    }

    /** A consistent copy of the base into {@code zip}, for the backup file. */
    public void versZip(Path zip) {
        autoriser("la sauvegarde");
        base.copierVers(zip);
    }

    /** The open database, for migrate-db's copy of every table. */
    public BaseDeDonnees pourMigration() {
        autoriser("la copie de la base");
        return base;
    }

    private void autoriser(String action) {
        Droits.coordinatrice(utilisateurCourant.utilisateur(), "compte", "fait " + action
                + ", qui contient les dossiers de toutes les personnes");
    }
}
