package fr.cellulepdp.model.indicateur;

import fr.cellulepdp.model.indicateur.DefinitionsBilan.Groupe;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Small-count suppression for the facts that leave the cell. Primary: every count from 1 to 4 is hidden. Secondary:
 * in each group of parts that add up to a total, a part hidden alone would be the total minus the others, so the
 * smallest other part is hidden with it; a total hidden that way has one of its parts hidden in every group it
 * totals (repeated until nothing changes). A sum (of ages, of
 * amounts) is hidden with its count. Medians never leave the cell.
 */
public final class SecretStatistique {

    /** The largest count that is hidden. */
    public static final int SEUIL = 4;

    private SecretStatistique() {
    }

    public static FaitsBilan masquer(FaitsBilan faits) {
        Map<String, String> sommes = DefinitionsBilan.sommes();
        Set<String> masques = new HashSet<>();
        faits.valeurs().forEach((code, valeur) -> {
            if (!sommes.containsKey(code) && valeur >= 1 && valeur <= SEUIL) {
                masques.add(code);
            }
        });
        List<Groupe> groupes = DefinitionsBilan.groupes();
        boolean change = true;
        while (change) {
            change = false;
            for (Groupe g : groupes) {
                List<String> caches = g.parties().stream().filter(masques::contains).toList();
                // a part hidden alone beside a known total, or a hidden total whose parts are all known
                boolean totalCache = masques.contains(g.total());
                if (caches.size() == 1 && !totalCache || caches.isEmpty() && totalCache) {
                    String complement = g.parties().stream().filter(p -> !masques.contains(p))
                            .min(Comparator.comparingLong((String p) -> faits.valeur(p) == 0 ? Long.MAX_VALUE
                                    : faits.valeur(p)))
                            .orElse(g.total());
                    change |= masques.add(complement);
                }
            }
        }
        sommes.forEach((somme, effectif) -> {
            if (masques.contains(effectif)) {
                masques.add(somme);
            }
        });
        Map<String, Long> publiees = new java.util.LinkedHashMap<>(faits.valeurs());
        masques.forEach(code -> publiees.put(code, 0L));
        return new FaitsBilan(publiees, masques, Map.of());
    }
}
