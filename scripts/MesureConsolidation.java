import fr.cellulepdp.model.audit.Ed25519;
import fr.cellulepdp.model.consolidation.ConsoliderBilans;
import fr.cellulepdp.model.consolidation.Consolidation;
import fr.cellulepdp.model.consolidation.ExportBilan;
import fr.cellulepdp.model.consolidation.FormatExport;
import fr.cellulepdp.model.indicateur.DefinitionsBilan;
import fr.cellulepdp.model.indicateur.FaitsBilan;
import fr.cellulepdp.model.indicateur.Periode;
import fr.cellulepdp.model.indicateur.SecretStatistique;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Times the consolidation of a national year: CELLULES cells' signed exports (100 by default) of SITUATIONS
 * synthetic situations in all (11 000 by default, seed 003's volume), read from disk, each checked (checksum,
 * Ed25519 signature, version), added up and written as the CSV review. Prints the first (cold) run and the median of
 * 20 warm runs. Usage: scripts/mesure-consolidation.sh [CELLULES] [SITUATIONS]
 */
public class MesureConsolidation {

    public static void main(String[] arguments) throws Exception {
        int cellules = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 100;
        int situations = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 11_000;
        Path dossier = Files.createTempDirectory("mesure-consolidation");
        Random alea = new Random(2020);
        long debutPreparation = System.nanoTime();
        for (int c = 0; c < cellules; c++) {
            FaitsBilan faits = SecretStatistique.masquer(faits(alea, situations / cellules));
            KeyPair cle = Ed25519.nouvellePaire();
            String publique = Ed25519.publique(cle);
            ExportBilan export = new ExportBilan("Cellule locale PDP " + (c + 1), Periode.annee(2020),
                    DefinitionsBilan.VERSION, faits, publique, FormatExport.empreinte(publique));
            Files.writeString(dossier.resolve(String.format("cellule-%03d.csv", c + 1)),
                    FormatExport.ecrire(export, t -> Ed25519.signer(cle.getPrivate(), t)), StandardCharsets.UTF_8);
        }
        System.out.printf("%d exports préparés dans %s (%d ms)%n", cellules, dossier,
                (System.nanoTime() - debutPreparation) / 1_000_000);
        List<Path> fichiers;
        try (var liste = Files.list(dossier)) {
            fichiers = liste.sorted().toList();
        }
        var systeme = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        long cpu = systeme.getProcessCpuTime();
        double premier = mesurer(fichiers, dossier.resolve("revue.csv"));
        double premierCpu = (systeme.getProcessCpuTime() - cpu) / 1e6;
        double[] chauds = new double[20];
        double[] chaudsCpu = new double[20];
        for (int i = 0; i < chauds.length; i++) {
            cpu = systeme.getProcessCpuTime();
            chauds[i] = mesurer(fichiers, dossier.resolve("revue.csv"));
            chaudsCpu[i] = (systeme.getProcessCpuTime() - cpu) / 1e6;
        }
        Arrays.sort(chauds);
        Arrays.sort(chaudsCpu);
        // the wall time depends on what else runs; the CPU time (all threads of the process) is the work itself
        System.out.printf("Consolidation de %d exports (%d situations) : premier passage %.0f ms (CPU %.0f ms), "
                + "médiane à chaud %.0f ms (CPU %.0f ms) — lecture, vérification des signatures, totaux, CSV ; "
                + "%d processeurs, charge moyenne %.1f%n", cellules, situations, premier, premierCpu,
                (chauds[9] + chauds[10]) / 2, (chaudsCpu[9] + chaudsCpu[10]) / 2,
                Runtime.getRuntime().availableProcessors(), systeme.getSystemLoadAverage());
    }

    private static double mesurer(List<Path> fichiers, Path sortie) throws Exception {
        long debut = System.nanoTime();
        Map<String, byte[]> contenus = new LinkedHashMap<>();
        for (Path f : fichiers) {
            if (f.getFileName().toString().startsWith("cellule-")) {
                contenus.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        Consolidation c = ConsoliderBilans.consolider(contenus);
        Files.writeString(sortie, c.csv(), StandardCharsets.UTF_8);
        return (System.nanoTime() - debut) / 1e6;
    }

    /** One cell's facts from {@code n} synthetic people, every part of a group adding up to its total. */
    private static FaitsBilan faits(Random alea, int n) {
        Map<String, Long> v = new LinkedHashMap<>();
        DefinitionsBilan.faits().keySet().forEach(k -> v.put(k, 0L));
        String[] tranches = {"16_25", "26_45", "46_55", "56_59", "60_63", "64_PLUS"};
        String[] statuts = {"SALARIE", "SALARIE", "SALARIE", "INDEPENDANT", "INVALIDE_EN_ACTIVITE", "DEMANDEUR_EMPLOI"};
        String[] risques = {"MALADIE", "MALADIE", "MALADIE", "ACCIDENT_TRAVAIL", "MALADIE_PROFESSIONNELLE", "INVALIDITE"};
        String[] origines = {"REQUETE_IJ_60J", "SERVICE_MEDICAL", "MEDECIN_TRAVAIL", "MEDECIN_TRAITANT", "EMPLOYEUR",
                "ASSURE", "CAP_EMPLOI", "AUTRE_PARTENAIRE"};
        String[] fins = {"MAINTIEN_MEME_POSTE", "AUTRE_POSTE", "RECONVERSION", "LICENCIEMENT", "INVALIDITE_RETRAITE",
                "ARRET_PERSONNE", "NR"};
        for (int i = 0; i < n; i++) {
            plus(v, "PERS");
            int age = 18 + alea.nextInt(50);
            String sexe = alea.nextInt(100) < 58 ? "PERS_FEMMES" : "PERS_HOMMES";
            plus(v, sexe);
            plus(v, sexe + "_AGE_CONNU");
            v.merge(sexe + "_SOMME_AGES", (long) age, Long::sum);
            plus(v, "PERS_AGE_" + tranches[age <= 25 ? 0 : age <= 45 ? 1 : age <= 55 ? 2 : age <= 59 ? 3 : age <= 63 ? 4 : 5]);
            plus(v, "PERS_STATUT_" + statuts[alea.nextInt(statuts.length)]);
            plus(v, "PERS_RISQUE_" + risques[alea.nextInt(risques.length)]);
            plus(v, "SIG");
            plus(v, "SIG_" + origines[alea.nextInt(origines.length)]);
            plus(v, "SITUATIONS_ETUDIEES");
            plus(v, "ACCORDS");
            plus(v, "ACCORDS_" + new String[] {"BILAN", "MISE_EN_SITUATION", "FORMATION", "VAE", "AUTRES"}[alea.nextInt(5)]);
            if (alea.nextInt(3) == 0) {
                plus(v, "FIN");
                plus(v, "FIN_" + fins[alea.nextInt(fins.length)]);
            }
        }
        return new FaitsBilan(v, new HashSet<>(), Map.of());
    }

    private static void plus(Map<String, Long> v, String code) {
        v.merge(code, 1L, Long::sum);
    }
}
