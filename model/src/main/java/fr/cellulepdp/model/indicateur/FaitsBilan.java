package fr.cellulepdp.model.indicateur;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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

    /** Facts to be filled in by the counting. */
    static final class Compteur {
        private final Map<String, Long> valeurs = new LinkedHashMap<>();
        private final Map<String, Double> medianes = new HashMap<>();

        Compteur() {
            DefinitionsBilan.faits().keySet().forEach(code -> valeurs.put(code, 0L));
        }

        void ajouter(String code, long n) {
            if (!valeurs.containsKey(code)) {
                throw new IllegalArgumentException("fait inconnu : " + code);
            }
            valeurs.merge(code, n, Long::sum);
        }

        void plusUn(String code) {
            ajouter(code, 1);
        }

        void mediane(String cle, double valeur) {
            medianes.put(cle, valeur);
        }

        FaitsBilan faits() {
            return new FaitsBilan(valeurs, new HashSet<>(), medianes);
        }
    }
}
