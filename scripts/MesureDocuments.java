import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.demo.DonneesDemo;
import fr.cellulepdp.model.demo.JeuDemo;
import fr.cellulepdp.model.document.CertificatSignature;
import fr.cellulepdp.model.document.ContenuSeance;
import fr.cellulepdp.model.document.DocumentPdf;
import fr.cellulepdp.model.notification.Destinataire;
import fr.cellulepdp.model.seance.DossierSeance;
import fr.cellulepdp.model.seance.PointOrdreDuJour;
import fr.cellulepdp.model.seance.Quorum;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.reports.document.GenerateurPdf;
import fr.cellulepdp.reports.signature.CertificatAutoSigne;
import fr.cellulepdp.reports.signature.SignaturePades;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Times the document pack of a 40-item meeting, in-process and warm: the agenda (full and partners), the minutes
 * (full and partners), 40 letters, the minutes and every letter signed (PAdES). The meeting is made of the demo
 * cell's decided items, repeated up to 40. Usage:
 *   java -cp app/target/cellule-pdp.jar scripts/MesureDocuments.java [ITERATIONS]
 */
public class MesureDocuments {

    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        JeuDemo jeu = DonneesDemo.generer(LocalDate.of(2026, 11, 23));
        ContenuSeance contenu = seanceDeQuaranteDecisions(jeu);
        char[] motDePasse = "mesure".toCharArray();
        CertificatSignature certificat = new CertificatSignature(CertificatAutoSigne.creer("Signataire", "CPAM",
                motDePasse, Instant.now()), motDePasse, "Signataire", "Responsable");
        GenerateurPdf generateur = new GenerateurPdf();
        SignaturePades pades = new SignaturePades();
        long[] durees = new long[iterations];
        // the pack runs on this thread: its CPU time compares runs on a machine other builds load
        long[] cpu = new long[iterations];
        java.lang.management.ThreadMXBean fils = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < iterations; i++) {
            long debut = System.nanoTime();
            long debutCpu = fils.getCurrentThreadCpuTime();
            int documents = pack(contenu, generateur, pades, certificat);
            durees[i] = (System.nanoTime() - debut) / 1_000_000;
            cpu[i] = (fils.getCurrentThreadCpuTime() - debutCpu) / 1_000_000;
            System.out.println("passe " + (i + 1) + " : " + documents + " documents en " + durees[i] + " ms (CPU "
                    + cpu[i] + " ms)");
        }
        long[] chaudes = Arrays.copyOfRange(durees, Math.min(3, iterations - 1), iterations);
        long[] cpuChaudes = Arrays.copyOfRange(cpu, Math.min(3, iterations - 1), iterations);
        Arrays.sort(chaudes);
        Arrays.sort(cpuChaudes);
        System.out.println("à chaud (après 3 passes) : médiane " + chaudes[chaudes.length / 2] + " ms, meilleure "
                + chaudes[0] + " ms, CPU médian " + cpuChaudes[cpuChaudes.length / 2] + " ms, sur "
                + Runtime.getRuntime().availableProcessors() + " cœurs");
    }

    private static int pack(ContenuSeance contenu, GenerateurPdf generateur, SignaturePades pades,
                            CertificatSignature certificat) {
        int documents = 0;
        generateur.ordreDuJour(contenu, false);
        generateur.ordreDuJour(contenu, true);
        DocumentPdf pv = generateur.procesVerbal(contenu, false);
        pades.signer(pv.contenu(), pv.emplacements().get(0), certificat);
        generateur.procesVerbal(contenu, true);
        documents += 4;
        for (DossierSeance.Point point : contenu.dossier().points()) {
            Decision decision = contenu.dossier().decisionEnVigueur(point.demandes().get(0).id()).orElseThrow();
            DocumentPdf lettre = generateur.notification(contenu, point, decision, Destinataire.ASSURE);
            pades.signer(lettre.contenu(), lettre.emplacements().get(0), certificat);
            documents++;
        }
        return documents;
    }

    /** Every decided demo item, repeated until there are 40, in one meeting. */
    private static ContenuSeance seanceDeQuaranteDecisions(JeuDemo jeu) {
        Map<UUID, Situation> situations = parId(jeu.situations(), Situation::id);
        Map<UUID, Assure> assures = parId(jeu.assures(), Assure::id);
        Map<UUID, Demande> demandes = parId(jeu.demandes(), Demande::id);
        List<DossierSeance.Point> points = new ArrayList<>();
        List<Decision> decisions = new ArrayList<>();
        while (points.size() < 40) {
            for (Decision d : jeu.decisions()) {
                if (points.size() == 40) {
                    break;
                }
                if (!d.issue().estUneDecision()) {
                    continue; // a measure the cell only follows has no letter
                }
                Demande demande = demandes.get(d.demandeId());
                Situation situation = situations.get(demande.situationId());
                points.add(new DossierSeance.Point(new PointOrdreDuJour(UUID.randomUUID(), situation.id(),
                        List.of(demande.id()), null, 10, null), situation, assures.get(situation.assureId()),
                        List.of(demande), List.of()));
                decisions.add(d);
            }
        }
        Seance modele = jeu.seances().get(0);
        Seance seance = modele.avecOrdreDuJour(points.stream().map(DossierSeance.Point::point).toList());
        DossierSeance dossier = new DossierSeance(seance, points, decisions, jeu.membres(),
                Quorum.constat(jeu.cellule().quorum(), seance, parId(jeu.membres(), Membre::id)), false, List.of());
        return new ContenuSeance(jeu.cellule(), dossier, null, null, LocalDate.of(2026, 11, 23), null, null);
    }

    private static <T> Map<UUID, T> parId(List<T> objets, Function<T, UUID> id) {
        return objets.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }
}
