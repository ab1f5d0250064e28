package fr.cellulepdp.model.memoire;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Rows keyed by something other than an id (a login, a setting's single row), put back on rollback. */
final class CaseEnMemoire<K, V> implements EtatRestaurable {

    private final Map<K, V> valeurs = new HashMap<>();

    synchronized Optional<V> lire(K cle) {
        return Optional.ofNullable(valeurs.get(cle));
    }

    synchronized void ecrire(K cle, V valeur) {
        valeurs.put(cle, valeur);
    }

    synchronized void supprimer(K cle) {
        valeurs.remove(cle);
    }

    synchronized Map<K, V> toutes() {
        return Map.copyOf(valeurs);
    }

    @Override
    public synchronized Runnable photographier() {
        Map<K, V> copie = new HashMap<>(valeurs);
        return () -> {
            synchronized (this) {
                valeurs.clear();
                valeurs.putAll(copie);
            }
        };
    }
}
