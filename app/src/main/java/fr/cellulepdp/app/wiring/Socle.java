package fr.cellulepdp.app.wiring;

import fr.cellulepdp.app.notification.CoffreLocal;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.persistence.base.BaseDeDonnees;
import java.nio.file.Path;

/**
 * What every feature's wiring builds on: the open database, the clock, the session and this computer's folders.
 *
 * @param dossierDonnees the folder of the database file (the demo certificate, the local key, the settings)
 * @param dossierDocuments the meetings' documents, the archive of record
 */
record Socle(BaseDeDonnees base, Horloge horloge, Session session, Path dossierDonnees, Path dossierDocuments) {

    /** The computer's key for the secrets the database keeps (the mail server's password). */
    CoffreLocal coffre() {
        return new CoffreLocal(dossierDonnees.resolve("cle-locale.bin"));
    }
}
