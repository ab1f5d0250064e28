package fr.cellulepdp.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.app.document.FichiersPrives;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.persistence.base.AccesBase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a database no password protects (a file in clear before the coordinatrice's first login, a server), opening it
 * touches no file until someone is logged in: a wrong password leaves the data folder as it was, the login cleans
 * up what a crash left half-written.
 */
class OuvertureAvantConnexionTest {

    private static final String COORDINATRICE = "claire.dumont";
    private static final String MOT_DE_PASSE = "Ete-Securite-2026!";

    @TempDir
    Path dossier;

    @Test
    void a_wrong_password_touches_no_file_and_the_login_cleans_up_what_a_crash_left() throws Exception {
        // a database given by its URL, as a server is: it opens without a password, the accounts log in after
        AccesBase acces = AccesBase.depuis("jdbc:h2:file:" + dossier.resolve("cellule") + ";TRACE_LEVEL_FILE=0",
                null, null);
        String avant = System.getProperty("cellulepdp.data");
        System.setProperty("cellulepdp.data", dossier.toString());
        try {
            essayer(acces);
        } finally {
            if (avant == null) {
                System.clearProperty("cellulepdp.data");
            } else {
                System.setProperty("cellulepdp.data", avant);
            }
        }
    }

    private void essayer(AccesBase acces) throws Exception {
        Path donnees;
        try (Services services = Services.ouvrir(acces, Horloge.systeme())) {
            services.miseEnPlace().gererComptes().creerPremierPourLaCoordinatrice(COORDINATRICE,
                    MOT_DE_PASSE.toCharArray(), MOT_DE_PASSE.toCharArray());
            donnees = services.dossierDonnees();
        }
        assertThat(acces.verrouillee()).as("no password opens it: the accounts log in after").isFalse();
        assertThat(donnees).startsWith(dossier);
        // a backup's copy of the base that a crash left behind
        Path copie = FichiersPrives.temporaire(donnees, ".zip");
        Files.setLastModifiedTime(copie, java.nio.file.attribute.FileTime.fromMillis(0));

        Services.ouvrir(acces, Horloge.systeme()).close();
        assertThat(copie).as("opened with accounts, before anyone logs in").exists();
        assertThatThrownBy(() -> Services.ouvrir(acces, Horloge.systeme(), COORDINATRICE,
                "Autre-Secret-2026!".toCharArray())).isInstanceOf(RuntimeException.class);
        assertThat(copie).as("after a wrong password").exists();

        Services.ouvrir(acces, Horloge.systeme(), COORDINATRICE, MOT_DE_PASSE.toCharArray()).close();
        assertThat(copie).as("removed once she is logged in").doesNotExist();
    }
}
