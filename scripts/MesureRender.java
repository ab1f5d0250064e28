import fr.cellulepdp.app.document.CertificatDemo;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.stockage.Stockage;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.demande.StatutDemande;
import fr.cellulepdp.model.seance.CategoriePoint;
import fr.cellulepdp.model.seance.PointOrdreDuJour;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.seance.StatutSeance;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.Consentement;
import fr.cellulepdp.model.situation.Situation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Times {@code render} as a whole process, from the command line, on the pack of a 40-item meeting: the agenda
 * (full and partners), the minutes (full and partners) and 40 letters to the persons, the minutes and every letter
 * signed (PAdES; the e-mailed copies are encrypted and signed too), each letter recorded. It makes a demo database
 * with one more closed meeting of 40 decided items (the persons' consent to partners withdrawn, so that there is
 * exactly one letter per item), then runs RUNS separate processes and prints each wall time, the median and the
 * best. Usage:
 *   java -cp app/target/cellule-pdp.jar scripts/MesureRender.java [RUNS] [LAUNCHER...]
 *   java -cp app/target/cellule-pdp.jar scripts/MesureRender.java preparer BASE   (the database only)
 * LAUNCHER is the command that starts the application, by default {@code java -jar app/target/cellule-pdp.jar}
 * (for instance {@code bin/cellule-pdp} to time the launcher script). With {@code -Dcourriels=non} the 40 persons
 * have no e-mail address: the pack is then exactly issue 5's (4 documents and 40 signed letters, no e-mailed copy).
 */
public class MesureRender {

    private static final int POINTS = 40;
    private static final String COMPTE = "helene.martinel";

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("preparer")) {
            // only the database, for scripts/benchmark-pack-libreoffice.sh
            preparer(Path.of(args[1]));
            return;
        }
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        List<String> lanceur = args.length > 1 ? List.of(Arrays.copyOfRange(args, 1, args.length))
                : List.of("java", "-jar", "app/target/cellule-pdp.jar");
        Path dossier = Files.createTempDirectory("cellule-pdp-mesure-render");
        Path base = dossier.resolve("cellule");
        preparer(base);

        List<String> commande = new ArrayList<>(lanceur);
        commande.addAll(List.of("--db", base.toString(), "--user", COMPTE, "render", "--seance", "last", "--out",
                dossier.resolve("documents").toString()));
        long[] durees = new long[passes];
        for (int i = 0; i < passes; i++) {
            durees[i] = lancer(commande, dossier.resolve("sortie.txt"));
            System.out.println("processus " + (i + 1) + " : " + durees[i] + " ms — "
                    + Files.readString(dossier.resolve("sortie.txt")).strip());
        }
        long[] triees = durees.clone();
        Arrays.sort(triees);
        System.out.println("render, processus entier, séance de " + POINTS + " points : médiane " + triees[passes / 2]
                + " ms, meilleur " + triees[0] + " ms, sur " + passes + " processus, "
                + Runtime.getRuntime().availableProcessors() + " cœurs (" + String.join(" ", lanceur) + ")");
    }

    private static long lancer(List<String> commande, Path sortie) throws IOException, InterruptedException {
        ProcessBuilder processus = new ProcessBuilder(commande).redirectErrorStream(true)
                .redirectOutput(sortie.toFile());
        processus.environment().put("CELLULE_PDP_MOT_DE_PASSE", CertificatDemo.MOT_DE_PASSE);
        processus.environment().put("PDP_PASSWORD", fr.cellulepdp.app.compte.ComptesDemo.MOT_DE_PASSE);
        long debut = System.nanoTime();
        int code = processus.start().waitFor();
        long duree = (System.nanoTime() - debut) / 1_000_000;
        if (code != 0) {
            throw new IllegalStateException("render a échoué (code " + code + ") : " + Files.readString(sortie));
        }
        return duree;
    }

    /** The demo cell, its certificate and accounts, and a closed meeting of 40 decided items, dated today. */
    private static void preparer(Path base) {
        try (Services services = Services.ouvrir(base, Horloge.systeme())) {
            services.miseEnPlace().chargementDemo().charger();
            Stockage stockage = services.stockage();
            stockage.transactions().runInTransaction(() -> ajouterSeance(stockage, services.horloge().aujourdhui()));
        }
    }

    private static void ajouterSeance(Stockage stockage, LocalDate aujourdhui) {
        List<Seance> seances = stockage.seances().findAll();
        Seance modele = seances.stream().filter(Seance::estCloturee).max(Comparator.comparing(Seance::date))
                .orElseThrow();
        int numero = seances.stream().mapToInt(Seance::numero).max().orElseThrow() + 1;
        UUID seanceId = UUID.randomUUID();
        // outcomes that make a letter (a followed measure makes none), 40 distinct files: 40 letters
        List<Decision> issues = stockage.decisions().findAll().stream()
                .filter(d -> d.issue() != IssueDecision.SUIVIE).toList();
        List<Demande> demandes = stockage.demandes().findAll();
        Set<UUID> avecDemande = new java.util.HashSet<>(demandes.stream().map(Demande::situationId).toList());
        List<Situation> situations = stockage.situations().findAll().stream()
                .filter(s -> avecDemande.contains(s.id()))
                .sorted(Comparator.comparing(Situation::numeroDossier)).limit(POINTS).toList();
        List<PointOrdreDuJour> points = new ArrayList<>();
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < POINTS; i++) {
            Situation s = situations.get(i % situations.size());
            if ("non".equals(System.getProperty("courriels"))) {
                Assure a = stockage.assures().get(s.assureId());
                stockage.assures().save(new Assure(a.id(), a.version(), a.nir(), a.nom(), a.prenom(),
                        a.dateNaissance(), a.sexe(), a.adresse(), "", a.telephone(), a.statut(), a.employeur(),
                        a.emploi()));
            }
            // no copy to partners: one letter per item
            stockage.situations().save(new Situation(s.id(), s.version(), s.numeroDossier(), s.assureId(),
                    s.referentSocialId(), s.dateSignalement(), s.origine(), s.risque(), s.debutArret(),
                    s.finArretPrevue(), Consentement.AUCUN, s.urgent(), s.complexe(), s.notesSociales(),
                    s.avisMedical(), s.statut(), s.issue(), s.dateCloture(), s.serviceSanteTravail()));
            Demande d = demandes.stream().filter(x -> x.situationId().equals(s.id())).findFirst().orElseThrow();
            Demande demande = stockage.demandes().save(new Demande(UUID.randomUUID(), 0, s.id(), d.mesure(),
                    d.libelleAutre(), d.dateDemande(), d.entrepriseAccueil(), d.tuteur(), d.prescripteur(),
                    d.dateDebut(), d.dateFin(), d.duree(), false, d.cout(), d.financement(), d.avisTechnique(),
                    d.accordsObtenus(), StatutDemande.DECIDEE));
            Decision e = issues.get(i % issues.size());
            decisions.add(new Decision(UUID.randomUUID(), 0, demande.id(), seanceId, e.issue(),
                    e.avisMedical(), e.motifs(), e.conditions(), e.dateDebutAccordee(), e.dateFinAccordee(),
                    e.montantAccorde(), e.elementsManquants(), e.dateLimiteElements(), "", null, e.decideeLe(),
                    e.decideeParId(), null, List.of()));
            points.add(new PointOrdreDuJour(UUID.randomUUID(), s.id(), List.of(demande.id()),
                    CategoriePoint.STANDARD, 10, Set.of()));
        }
        stockage.seances().save(new Seance(seanceId, 0, numero, aujourdhui, modele.heure(), modele.lieu(), "",
                StatutSeance.CLOTUREE, modele.secretaireId(), modele.presences(), List.of(), points, ""));
        decisions.forEach(stockage.decisions()::save);
    }
}
