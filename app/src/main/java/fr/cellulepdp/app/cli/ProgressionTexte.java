package fr.cellulepdp.app.cli;

import fr.cellulepdp.model.commun.Progression;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The import's progress on the error output, as the window's progress bar shows it: a line each time it moves on by
 * {@value #PAS} %, so that the standard output keeps the report alone (JSON with --json).
 */
final class ProgressionTexte implements Progression {

    static final int PAS = 10;

    private final PrintWriter erreurs;
    private int dernierPourcentage = -1;

    ProgressionTexte(PrintWriter erreurs) {
        this.erreurs = erreurs;
    }

    @Override
    public void avancer(int faites, int total) {
        int pourcentage = total == 0 ? 100 : (int) (100L * faites / total);
        if (dernierPourcentage >= 0 && pourcentage / PAS == dernierPourcentage / PAS) {
            return;
        }
        dernierPourcentage = pourcentage;
        erreurs.println(String.format(Locale.FRANCE, "import : %d %% (%,d / %,d)", pourcentage, faites, total));
        erreurs.flush();
    }
}
