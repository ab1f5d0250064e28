import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.indicateur.CalculerIndicateurs;
import fr.cellulepdp.model.indicateur.Periode;
import fr.cellulepdp.persistence.base.AccesBase;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * Usage: PDP_PASSWORD=… java [-Dchauffe=5] [-Dtours=10] -cp cellule-pdp.jar scripts/MesureIndicateurs.java BASE LOGIN
 * (BASE a copy of the benchmark's database, see scripts/benchmark-base.sh).
 * Times one year's indicators (the last complete year of the ten): the first calculation of the process, then,
 * after the warm-up, each calculation (elapsed and the thread's CPU), one line per sample: {@code mesure ms}
 * (issue 22, decisions 0038 and 0046).
 */
public class MesureIndicateurs {
    public static void main(String[] a) {
        char[] mdp = System.getenv("PDP_PASSWORD").toCharArray();
        var cpu = ManagementFactory.getThreadMXBean();
        try (Services s = Services.ouvrir(AccesBase.fichier(Path.of(a[0])), Horloge.systeme(), a[1], mdp)) {
            Periode p = Periode.annee(java.time.LocalDate.now().getYear() - 1);
            CalculerIndicateurs calc = s.bilans().calculerIndicateurs();
            long d = System.nanoTime();
            calc.calculer(p);
            System.out.printf(java.util.Locale.ROOT, "indicateurs-premier %.1f%n", (System.nanoTime() - d) / 1e6);
            int chauffe = Integer.getInteger("chauffe", 5), tours = Integer.getInteger("tours", 10);
            for (int t = 0; t < chauffe + tours; t++) {
                long c = cpu.getCurrentThreadCpuTime();
                d = System.nanoTime();
                calc.calculer(p);
                if (t >= chauffe) {
                    System.out.printf(java.util.Locale.ROOT, "indicateurs-annee %.1f%nindicateurs-cpu %.1f%n",
                            (System.nanoTime() - d) / 1e6, (cpu.getCurrentThreadCpuTime() - c) / 1e6);
                }
            }
        }
    }
}
