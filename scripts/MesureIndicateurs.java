import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.indicateur.CalculerIndicateurs;
import fr.cellulepdp.model.indicateur.Periode;
import fr.cellulepdp.persistence.base.AccesBase;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Usage: PDP_PASSWORD=… java [-Dchauffe=5] [-Dtours=5] -cp cellule-pdp.jar scripts/MesureIndicateurs.java BASE LOGIN
 * (BASE a copy of the benchmark's database, see scripts/benchmark-base.sh).
 * Times each fact query of one year's indicators and the whole calculation, warm (issue 22, decision 0038).
 */
public class MesureIndicateurs {
    public static void main(String[] a) {
        char[] mdp = System.getenv("PDP_PASSWORD").toCharArray();
        try (Services s = Services.ouvrir(AccesBase.fichier(Path.of(a[0])), Horloge.systeme(), a[1], mdp)) {
            var src = s.stockage().indicateurs();
            Periode p = Periode.annee(java.time.LocalDate.now().getYear() - 1);
            CalculerIndicateurs calc = new CalculerIndicateurs(s.stockage());
            Map<String, Supplier<Object>> m = new LinkedHashMap<>();
            m.put("actives", () -> src.situationsActives(p));
            m.put("decisions", () -> src.decisions(p));
            m.put("seances", () -> src.seances(p));
            m.put("devenirs", () -> src.devenirs(p));
            m.put("points", () -> src.pointsExamines(p));
            m.put("calcul", () -> calc.calculer(s.utilisateur(), p));
            m.forEach((k, v) -> { Object o = v.get(); System.out.println(k + " n=" + (o instanceof java.util.List<?> l ? l.size() : -1)); });
            int chauffe = Integer.getInteger("chauffe", 5), tours = Integer.getInteger("tours", 5);
            for (int t = 0; t < chauffe + tours; t++) {
                StringBuilder sb = new StringBuilder();
                for (var e : m.entrySet()) {
                    long d = System.nanoTime(); e.getValue().get();
                    sb.append(String.format(" %s=%.0f", e.getKey(), (System.nanoTime() - d) / 1e6));
                }
                if (t >= chauffe) System.out.println("tour" + sb);
            }
        }
    }
}
