package fr.cellulepdp.model.memoire;

import fr.cellulepdp.model.commun.ConflitDeModificationException;
import fr.cellulepdp.model.commun.Repository;
import fr.cellulepdp.model.commun.Versionne;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One table of the in-memory store, with the database's rules a use case relies on: optimistic locking (a save with
 * a stale version, or a new object whose id is taken, is refused with {@link ConflitDeModificationException}), the
 * table's unique keys, and the order of {@code findAll} (the ORDER BY of its store in persistence).
 */
class TableEnMemoire<T extends Versionne> implements Repository<T>, EtatRestaurable {

    /** A unique key: the value a stored object holds (null values, as in SQL, never clash). */
    record Unicite<T>(String nom, Function<T, ?> cle) {
    }

    private final String nomObjet;
    private final Comparator<T> ordre;
    private final List<Unicite<T>> unicites;
    private final Map<UUID, T> lignes = new HashMap<>();
    /** For each unique key, the id holding each value (the key's index: no scan of the table per save). */
    private final Map<Unicite<T>, Map<Object, UUID>> index = new HashMap<>();

    TableEnMemoire(String nomObjet, Comparator<T> ordre, List<Unicite<T>> unicites) {
        this.nomObjet = nomObjet;
        this.ordre = ordre;
        this.unicites = unicites;
        unicites.forEach(unicite -> index.put(unicite, new HashMap<>()));
    }

    @Override
    public synchronized T save(T objet) {
        T stocke = lignes.get(objet.id());
        boolean conflit = objet.version() == 0 ? stocke != null : stocke == null || stocke.version() != objet.version();
        if (conflit) {
            throw new ConflitDeModificationException(nomObjet, objet.id());
        }
        for (Unicite<T> unicite : unicites) {
            Object valeur = unicite.cle().apply(objet);
            UUID detenteur = valeur == null ? null : index.get(unicite).get(valeur);
            if (detenteur != null && !detenteur.equals(objet.id())) {
                throw new ViolationDeCleUnique(unicite.nom(), valeur);
            }
        }
        T enregistre = Versions.avec(objet, objet.version() + 1);
        if (stocke != null) {
            indexer(stocke, false);
        }
        lignes.put(enregistre.id(), enregistre);
        indexer(enregistre, true);
        return enregistre;
    }

    @Override
    public synchronized Optional<T> find(UUID id) {
        return Optional.ofNullable(lignes.get(id));
    }

    @Override
    public List<T> findAll() {
        return ou(objet -> true);
    }

    @Override
    public synchronized long count() {
        return lignes.size();
    }

    /** The objects matching the condition, in the table's order (a WHERE with the store's ORDER BY). */
    synchronized List<T> ou(Predicate<T> condition) {
        List<T> trouves = new ArrayList<>();
        for (T objet : lignes.values()) {
            if (condition.test(objet)) {
                trouves.add(objet);
            }
        }
        trouves.sort(ordre);
        return trouves;
    }

    synchronized void supprimerOu(Predicate<T> condition) {
        lignes.values().stream().filter(condition).toList().forEach(objet -> {
            lignes.remove(objet.id());
            indexer(objet, false);
        });
    }

    private void indexer(T objet, boolean ajouter) {
        for (Unicite<T> unicite : unicites) {
            Object valeur = unicite.cle().apply(objet);
            if (valeur != null && ajouter) {
                index.get(unicite).put(valeur, objet.id());
            } else if (valeur != null) {
                index.get(unicite).remove(valeur, objet.id());
            }
        }
    }

    @Override
    public synchronized Runnable photographier() {
        Map<UUID, T> copie = new HashMap<>(lignes);
        return () -> {
            synchronized (this) {
                lignes.clear();
                index.values().forEach(Map::clear);
                copie.values().forEach(objet -> {
                    lignes.put(objet.id(), objet);
                    indexer(objet, true);
                });
            }
        };
    }

    /** The order of a column holding an identifier, as the databases sort UUIDs (unsigned, byte by byte). */
    static <T> Comparator<T> parId(Function<T, UUID> id) {
        return Comparator.comparing(objet -> id.apply(objet).toString());
    }

    /** The order of a nullable column: NULL first, as H2 sorts ascending. */
    static <T, C extends Comparable<? super C>> Comparator<T> nullsDabord(Function<T, C> colonne) {
        return Comparator.comparing(colonne, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    /** The order of an enum column: stored as its name, so sorted by name. */
    static <T> Comparator<T> parNom(Function<T, ? extends Enum<?>> colonne) {
        return Comparator.comparing(objet -> colonne.apply(objet) == null ? "" : colonne.apply(objet).name());
    }
}
