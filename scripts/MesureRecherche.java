import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.situation.CritereSituations;
import fr.cellulepdp.model.situation.ListerSituations;
import fr.cellulepdp.model.situation.ResultatRecherche;
import fr.cellulepdp.model.situation.Risque;
import fr.cellulepdp.model.situation.StatutSituation;
import fr.cellulepdp.persistence.base.AccesBase;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The Situations searches alone (the search part of MesureBase.java mesurer, without the indicators and the
 * decisions that take most of its time), as the Situations page reads them: the first page of each, of the size
 * the jar's page has ({@code CritereSituations.LIMITE_PAR_DEFAUT}: 500 before paging, 100 after), and, in a jar
 * that pages, the next page of the whole list. Prints "measure elapsed-ms cpu-ms" lines, the first search of each kind
 * in the process as "premiere-…" (cold: a new window), then the warm samples; each line gives the elapsed and the
 * CPU time of the thread.
 *
 * Usage: java -Dchauffe=N -cp app/target/cellule-pdp.jar scripts/MesureRecherche.java FILE ACCOUNT SAMPLES
 * (password in PDP_PASSWORD); scripts/benchmark-recherche.sh runs it on copies, jars interleaved.
 */
public class MesureRecherche {

    public static void main(String[] args) throws Exception {
        Path fichier = Path.of(args[0]);
        int tours = Integer.parseInt(args[2]);
        try (Services services = Services.ouvrir(AccesBase.fichier(fichier), Horloge.systeme(), args[1],
                System.getenv("PDP_PASSWORD").toCharArray())) {
            var stockage = services.stockage();
            ListerSituations liste = services.situations().listerSituations();
            int page = CritereSituations.LIMITE_PAR_DEFAUT;
            // a NIR and a file number that exist: the ones of the middle situation
            var milieu = stockage.situations().rechercher(new CritereSituations("", true, null, null, null, null,
                    null, null, false, (int) (stockage.situations().count() / 2), 1)).get(0);
            String nir = stockage.assures().get(milieu.assureId()).nir().valeur();
            Map<String, CritereSituations> recherches = new LinkedHashMap<>();
            recherches.put("recherche-liste-entiere", CritereSituations.tout());
            recherches.put("recherche-nom", texte("nom4242", page));
            recherches.put("recherche-prenom-employeur", texte("hélène boulangerie", page));
            recherches.put("recherche-prenom", texte("hele", page));
            recherches.put("recherche-numero", texte(milieu.numeroDossier().substring(0,
                    milieu.numeroDossier().length() - 1), page));
            recherches.put("recherche-nir", texte(nir, page));
            recherches.put("recherche-filtres", new CritereSituations("", true, StatutSituation.SUIVIE, null,
                    Risque.ACCIDENT_TRAVAIL, null, null, null, false, 0, page));
            recherches.put("recherche-en-attente", new CritereSituations("", true, null, null, null, null, null, null,
                    true, 0, page));
            Map<String, Supplier<Object>> mesures = new LinkedHashMap<>();
            recherches.forEach((nom, critere) -> mesures.put(nom, () -> liste.rechercher(critere)));
            // the next page of the whole list, after the last row of the first (a jar that pages only)
            try {
                var pageApres = CritereSituations.class.getMethod("pageApres", String.class);
                ResultatRecherche premiere = liste.rechercher(CritereSituations.tout());
                CritereSituations suite = (CritereSituations) pageApres.invoke(CritereSituations.tout(),
                        premiere.lignes().get(premiere.lignes().size() - 1).numeroDossier());
                mesures.put("recherche-page-suivante", () -> liste.rechercher(suite));
            } catch (NoSuchMethodException avantLesPages) {
                // no next page to time
            }
            mesures.forEach((nom, mesure) -> imprimer("premiere-" + nom.substring("recherche-".length()), mesure));
            for (int i = Integer.getInteger("chauffe", 15); i > 0; i--) {
                mesures.values().forEach(Supplier::get);
            }
            for (int tour = 0; tour < tours; tour++) {
                mesures.forEach(MesureRecherche::imprimer);
            }
        }
    }

    private static final java.lang.management.ThreadMXBean FILS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    /** Elapsed and CPU time of the calling thread (the CPU time is what compares on a loaded machine). */
    private static void imprimer(String nom, Supplier<Object> mesure) {
        long cpu = FILS.getCurrentThreadCpuTime();
        long debut = System.nanoTime();
        mesure.get();
        System.out.printf(java.util.Locale.ROOT, "%s %.3f %.3f%n", nom, (System.nanoTime() - debut) / 1e6,
                (FILS.getCurrentThreadCpuTime() - cpu) / 1e6);
    }

    private static CritereSituations texte(String texte, int page) {
        return new CritereSituations(texte, true, null, null, null, null, null, null, false, 0, page);
    }
}
