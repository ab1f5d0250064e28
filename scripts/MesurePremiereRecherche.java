import fr.cellulepdp.app.situation.ModeleSituations;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.situation.CritereSituations;
import fr.cellulepdp.model.situation.ListerSituations;
import fr.cellulepdp.model.situation.Risque;
import fr.cellulepdp.model.situation.StatutSituation;
import fr.cellulepdp.persistence.base.AccesBase;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The first search of a new window, as the Situations page runs it: in a new process, the page's view model opens
 * (its first page, then its warm-up when the jar has one: {@code ModeleSituations.prechauffer}, decision 0062), then
 * ONE search of the kind given is timed — what the background thread runs 100 ms after the last keystroke. Prints
 * "ouverture", "prechauffage" (when the jar has one) and "premiere-KIND" lines: elapsed and thread CPU, in ms. Kinds:
 * nom, prenom, prenom-employeur, numero, en-attente, filtres.
 *
 * Usage: java -cp JAR scripts/MesurePremiereRecherche.java FILE ACCOUNT KIND (password in PDP_PASSWORD);
 * scripts/benchmark-premiere-recherche.sh runs it on copies, jars interleaved.
 */
public class MesurePremiereRecherche {

    private static final ThreadMXBean FILS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        try (Services services = Services.ouvrir(AccesBase.fichier(Path.of(args[0])), Horloge.systeme(), args[1],
                System.getenv("PDP_PASSWORD").toCharArray())) {
            ListerSituations liste = services.situations().listerSituations();
            List<Exception> erreurs = new ArrayList<>();
            ModeleSituations modele = new ModeleSituations(liste,
                    services.miseEnPlace().gererMembres()::referentsSociauxActifs, ExecuteurTaches.synchrone(),
                    erreurs::add);
            var listeDuModele = ModeleSituations.class.getDeclaredMethod("liste");
            listeDuModele.setAccessible(true);
            Object lignes = listeDuModele.invoke(modele);
            imprimer("ouverture", () -> invoquer(lignes, "actualiser"));
            try {
                var prechauffer = ModeleSituations.class.getDeclaredMethod("prechauffer");
                prechauffer.setAccessible(true);
                imprimer("prechauffage", () -> {
                    try {
                        prechauffer.invoke(modele);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                });
            } catch (NoSuchMethodException sansPrechauffage) {
                // a jar before decision 0062
            }
            CritereSituations critere = switch (args[2]) {
                case "nom" -> texte("nom4242");
                case "prenom" -> texte("hele");
                case "prenom-employeur" -> texte("hélène boulangerie");
                case "numero" -> {
                    // the prefix of the middle file's number, as MesureRecherche.java
                    var milieu = services.stockage().situations().rechercher(new CritereSituations("", true, null,
                            null, null, null, null, null, false,
                            (int) (services.stockage().situations().count() / 2), 1)).get(0);
                    yield texte(milieu.numeroDossier().substring(0, milieu.numeroDossier().length() - 1));
                }
                case "en-attente" -> new CritereSituations("", true, null, null, null, null, null, null, true, 0,
                        CritereSituations.LIMITE_PAR_DEFAUT);
                case "filtres" -> new CritereSituations("", true, StatutSituation.SUIVIE, null,
                        Risque.ACCIDENT_TRAVAIL, null, null, null, false, 0, CritereSituations.LIMITE_PAR_DEFAUT);
                default -> throw new IllegalArgumentException("kind: " + args[2]);
            };
            imprimer("premiere-" + args[2], () -> liste.rechercher(critere));
            if (!erreurs.isEmpty()) {
                throw new IllegalStateException(erreurs.get(0).getClass().getName());
            }
        }
    }

    private static void invoquer(Object cible, String methode) {
        try {
            cible.getClass().getMethod(methode).invoke(cible);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Elapsed and CPU time of the calling thread. */
    private static void imprimer(String nom, Runnable mesure) {
        long cpu = FILS.getCurrentThreadCpuTime();
        long debut = System.nanoTime();
        mesure.run();
        System.out.printf(java.util.Locale.ROOT, "%s %.3f %.3f%n", nom, (System.nanoTime() - debut) / 1e6,
                (FILS.getCurrentThreadCpuTime() - cpu) / 1e6);
    }

    private static CritereSituations texte(String texte) {
        return new CritereSituations(texte, true, null, null, null, null, null, null, false, 0,
                CritereSituations.LIMITE_PAR_DEFAUT);
    }
}
