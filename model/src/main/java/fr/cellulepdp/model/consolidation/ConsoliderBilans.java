package fr.cellulepdp.model.consolidation;

import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.indicateur.Periode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Use case of a regional coordinator, with no cell database and no account: reads several cells' exports, checks
 * each (form, checksum, signature, definitions version — see {@link FormatExport#lire}) and refuses two exports of the
 * same cell (same name or same key) whose periods overlap, since they would count the same files twice.
 */
public final class ConsoliderBilans {

    private ConsoliderBilans() {
    }

    /** @param fichiers each export's file name (for messages) and bytes, in the order of the columns */
    public static Consolidation consolider(Map<String, byte[]> fichiers) {
        if (fichiers.isEmpty()) {
            throw new SaisieInvalideException("fichiers", "indiquez au moins un export de cellule à consolider.");
        }
        // the signatures are checked in parallel (the costly part: one Ed25519 verification per file)
        List<String> noms = new ArrayList<>(fichiers.keySet());
        List<ExportBilan> lus = noms.parallelStream().map(nom -> FormatExport.lire(nom, fichiers.get(nom))).toList();
        List<ExportBilan> exports = new ArrayList<>();
        for (int n = 0; n < lus.size(); n++) {
            ExportBilan e = lus.get(n);
            String nom = noms.get(n);
            for (int i = 0; i < exports.size(); i++) {
                ExportBilan autre = exports.get(i);
                boolean memeCellule = autre.cellule().equals(e.cellule())
                        || autre.empreinteCle().equals(e.empreinteCle());
                if (memeCellule && chevauchent(autre.periode(), e.periode())) {
                    throw new SaisieInvalideException("fichiers", "« " + nom + " » et « " + noms.get(i) + " » sont "
                            + "deux exports de « " + e.cellule() + " » dont les périodes se chevauchent ("
                            + texte(e.periode()) + " et " + texte(autre.periode()) + ") : les mêmes dossiers seraient "
                            + "comptés deux fois. Retirez l'un des deux.");
                }
            }
            exports.add(e);
        }
        Periode ensemble = new Periode(
                exports.stream().map(e -> e.periode().du()).min(Comparator.naturalOrder()).orElseThrow(),
                exports.stream().map(e -> e.periode().au()).max(Comparator.naturalOrder()).orElseThrow());
        return new Consolidation(exports, ensemble);
    }

    static boolean chevauchent(Periode a, Periode b) {
        return !a.au().isBefore(b.du()) && !b.au().isBefore(a.du());
    }

    private static String texte(Periode p) {
        return "du " + fr.cellulepdp.model.commun.Horodatages.date(p.du()) + " au "
                + fr.cellulepdp.model.commun.Horodatages.date(p.au());
    }
}
