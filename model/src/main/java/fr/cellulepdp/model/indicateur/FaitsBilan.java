package fr.cellulepdp.model.indicateur;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One cell's additive facts for one period (counts, sums of ages, amounts in cents; see {@link DefinitionsBilan}),
 * the figures' common ground: the cell's review evaluates them, its export carries them, a consolidation adds them up.
 * A fact in {@code masques} was hidden by the small-count suppression (its value is unknown); {@code medianes} holds the
 * cell's own medians, which never leave it.
 */
public record FaitsBilan(Map<String, Long> valeurs, Set<String> masques, Map<String, Double> medianes) {

    public FaitsBilan {
        valeurs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(valeurs));
        masques = Set.copyOf(masques);
        medianes = Map.copyOf(medianes);
    }

    /** The value of a fact, 0 when the cell had none; meaningless when {@link #masque} is true. */
    public long valeur(String code) {
        return valeurs.getOrDefault(code, 0L);
    }

    public boolean masque(String code) {
        return masques.contains(code);
    }

    private static final Map<String, Map<Object, String>> CLES = new ConcurrentHashMap<>();

    /**
     * {@code prefixe} followed by the value (an enum's name), made once: the counting asks for such codes some ten
     * times per situation, and a code built anew is hashed anew at each lookup (a third of the counting's time on
     * ten years of files).
     */
    static String cle(String prefixe, Object valeur) {
        // plain reads first: computeIfAbsent locks the bin even when the code is there
        Map<Object, String> parValeur = CLES.get(prefixe);
        String cle = parValeur == null ? null : parValeur.get(valeur);
        return cle != null ? cle : CLES.computeIfAbsent(prefixe, p -> new ConcurrentHashMap<>()).computeIfAbsent(
                valeur, v -> prefixe + (v instanceof Enum<?> e ? e.name() : v.toString()));
    }

    /** Facts to be filled in by the counting. */
    static final class Compteur {
        /** In the order of the definitions; each value in a cell of its own, added to in place. */
        private final Map<String, long[]> valeurs = new LinkedHashMap<>();
        private final Map<String, Double> medianes = new HashMap<>();

        Compteur() {
            DefinitionsBilan.faits().keySet().forEach(code -> valeurs.put(code, new long[1]));
        }

        void ajouter(String code, long n) {
            long[] valeur = valeurs.get(code);
            if (valeur == null) {
                throw new IllegalArgumentException("fait inconnu : " + code);
            }
            valeur[0] += n;
        }

        void plusUn(String code) {
            ajouter(code, 1);
        }

        void mediane(String cle, double valeur) {
            medianes.put(cle, valeur);
        }

        FaitsBilan faits() {
            Map<String, Long> totaux = new LinkedHashMap<>();
            valeurs.forEach((code, valeur) -> totaux.put(code, valeur[0]));
            return new FaitsBilan(totaux, new HashSet<>(), medianes);
        }
    }
}
