import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.situation.CritereSituations;
import fr.cellulepdp.model.situation.ListerSituations;
import fr.cellulepdp.model.situation.Risque;
import fr.cellulepdp.model.situation.StatutSituation;
import fr.cellulepdp.app.compte.ComptesDemo;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.commun.Horloge;
import java.nio.file.Path;
import java.util.List;

/**
 * Times the Situations search on an existing database (warm: each search is run 20 times first).
 * Usage: java -cp app/target/cellule-pdp.jar scripts/MesureRecherche.java /chemin/de/la/base
 */
public class MesureRecherche {

    public static void main(String[] args) {
        Utilisateur coordinatrice = new Utilisateur(null, "mesure", Role.COORDINATRICE);
        // the demo's encrypted file, opened as its coordinatrice
        try (Services services = ComptesDemo.ouvrirCommeCoordinatrice(Path.of(args[0]), Horloge.systeme())) {
            ListerSituations liste = new ListerSituations(services.stockage());
            System.out.println("situations : " + services.stockage().situations().count());
            List<CritereSituations> recherches = List.of(
                    CritereSituations.tout(),
                    texte("nom4242"),
                    texte("PDP-2026-0420"),
                    new CritereSituations("", true, StatutSituation.OUVERTE, null, Risque.ACCIDENT_TRAVAIL, null, null,
                            null, false, 0, CritereSituations.LIMITE_PAR_DEFAUT),
                    new CritereSituations("", true, null, null, null, null, null, null, true, 0,
                            CritereSituations.LIMITE_PAR_DEFAUT));
            for (CritereSituations critere : recherches) {
                for (int i = 0; i < 20; i++) {
                    liste.rechercher(coordinatrice, critere);
                }
                int tours = 20;
                long debut = System.nanoTime();
                long total = 0;
                for (int i = 0; i < tours; i++) {
                    total = liste.rechercher(coordinatrice, critere).total();
                }
                System.out.printf("%-60s %7d trouvées  %6.1f ms%n", decrire(critere), total,
                        (System.nanoTime() - debut) / 1e6 / tours);
            }
        }
    }

    private static CritereSituations texte(String texte) {
        return new CritereSituations(texte, true, null, null, null, null, null, null, false, 0,
                CritereSituations.LIMITE_PAR_DEFAUT);
    }

    private static String decrire(CritereSituations c) {
        return "texte=\"" + c.texte() + "\" statut=" + c.statut() + " risque=" + c.risque() + " enAttente="
                + c.avecDemandesEnAttente();
    }
}
