package fr.cellulepdp.persistence.indicateur;

import fr.cellulepdp.model.indicateur.Periode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.WeakHashMap;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;

/**
 * The facts of the last periods calculated on one H2 database, kept by situation (decision 0046). Before serving
 * them it reads the journal {@link JournalIndicateurs} filled, reads again the facts of the situations named there
 * (all of them for a null), then deletes the lines it has read. Read in this order, a change committed meanwhile
 * leaves its line for the next time: a figure may be as old as the calculation, never older.
 */
final class FaitsEnCache {

    /** Beyond this many situations changed (an import), every fact is read again rather than patched. */
    static final int MAX_SITUATIONS_CORRIGEES = 5_000;
    private static final int PERIODES = 4;
    private static final int LOT = 1_000;

    /** One kind of fact, read for a period and, when given, only for these situations (null: all). */
    interface Lecture<F> {
        List<F> lire(Periode periode, Collection<UUID> situations);

        UUID situation(F fait);
    }

    /** One cache per open H2 database (several pools on one file share it, as they share its journal). */
    private static final Map<Object, FaitsEnCache> PAR_BASE = Collections.synchronizedMap(new WeakHashMap<>());

    /** Each kind's facts of a period in one list, made again after a correction (by identity of the map). */
    private final Map<Map<UUID, List<?>>, List<?>> aplatis = new java.util.IdentityHashMap<>();

    private final Map<Periode, Map<Lecture<?>, Map<UUID, List<?>>>> periodes =
            new LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Periode, Map<Lecture<?>, Map<UUID, List<?>>>> e) {
                    if (size() <= PERIODES) {
                        return false;
                    }
                    e.getValue().values().forEach(aplatis::remove);
                    return true;
                }
            };

    /**
     * The cache of this embedded H2 database, if its journal's triggers are in place (empty over a TCP connection, or
     * a file opened without migration 35). INFORMATION_SCHEMA lists a trigger once per event: its names are counted.
     */
    static Optional<FaitsEnCache> de(DSLContext dsl) {
        try {
            Object base = dsl.connectionResult(c -> c.unwrap(JdbcConnection.class).getSession()
                    instanceof SessionLocal locale ? locale.getDatabase() : null);
            int declencheurs = dsl.fetchValue(DSL.field("SELECT COUNT(DISTINCT TRIGGER_NAME) FROM INFORMATION_SCHEMA.TRIGGERS "
                    + "WHERE TRIGGER_NAME LIKE 'TG_INDICATEURS_%'", Integer.class));
            if (base == null || declencheurs != JournalIndicateurs.TABLES.size()) {
                return Optional.empty();
            }
            return Optional.of(PAR_BASE.computeIfAbsent(base, b -> new FaitsEnCache()));
        } catch (org.jooq.exception.DataAccessException e) {
            return Optional.empty();
        }
    }

    /** The facts of this kind for the period, read again for the situations changed since the last call. */
    @SuppressWarnings("unchecked")
    synchronized <F> List<F> faits(DSLContext dsl, Periode periode, Lecture<F> lecture) {
        rafraichir(dsl);
        Map<UUID, List<?>> parSituation = periodes.computeIfAbsent(periode, p -> new HashMap<>())
                .computeIfAbsent(lecture, l -> grouper(lecture.lire(periode, null), lecture));
        List<?> tous = aplatis.computeIfAbsent(parSituation, p -> {
            List<Object> liste = new ArrayList<>();
            p.values().forEach(liste::addAll);
            return liste;
        });
        return new ArrayList<>((List<F>) tous);
    }

    private void rafraichir(DSLContext dsl) {
        List<Record2<Long, UUID>> lignes = dsl.select(DSL.field("n", Long.class), DSL.field("situation_id", UUID.class))
                .from(JournalIndicateurs.TABLE).fetch();
        if (lignes.isEmpty()) {
            return;
        }
        Set<UUID> situations = new java.util.HashSet<>();
        boolean toutes = false;
        for (Record2<Long, UUID> ligne : lignes) {
            toutes |= ligne.value2() == null;
            situations.add(ligne.value2());
        }
        aplatis.clear();
        if (toutes || situations.size() > MAX_SITUATIONS_CORRIGEES) {
            periodes.clear();
        } else {
            periodes.forEach((periode, lectures) -> lectures.forEach((lecture, parSituation) ->
                    corriger(periode, lecture, parSituation, new ArrayList<>(situations))));
        }
        supprimer(dsl, lignes.stream().map(Record2::value1).sorted().toList());
    }

    private static <F> void corriger(Periode periode, Lecture<F> lecture, Map<UUID, List<?>> parSituation,
                                     List<UUID> situations) {
        situations.forEach(parSituation::remove);
        for (int i = 0; i < situations.size(); i += LOT) {
            List<UUID> lot = situations.subList(i, Math.min(situations.size(), i + LOT));
            parSituation.putAll(grouper(lecture.lire(periode, lot), lecture));
        }
    }

    private static <F> Map<UUID, List<?>> grouper(List<F> faits, Lecture<F> lecture) {
        Map<UUID, List<?>> parSituation = new HashMap<>();
        for (F fait : faits) {
            @SuppressWarnings("unchecked")
            List<F> liste = (List<F>) parSituation.computeIfAbsent(lecture.situation(fait), s -> new ArrayList<F>());
            liste.add(fait);
        }
        return parSituation;
    }

    /**
     * Deletes the lines read, by runs of consecutive numbers: a number skipped may belong to a transaction not yet
     * committed when the journal was read, whose line must stay.
     */
    private static void supprimer(DSLContext dsl, List<Long> numeros) {
        List<org.jooq.Condition> plages = new ArrayList<>();
        long debut = numeros.get(0);
        long precedent = debut;
        for (long n : numeros.subList(1, numeros.size())) {
            if (n != precedent + 1) {
                plages.add(DSL.field("n", Long.class).between(debut, precedent));
                debut = n;
            }
            precedent = n;
        }
        plages.add(DSL.field("n", Long.class).between(debut, precedent));
        for (int i = 0; i < plages.size(); i += 200) {
            dsl.deleteFrom(DSL.table(JournalIndicateurs.TABLE))
                    .where(DSL.or(plages.subList(i, Math.min(plages.size(), i + 200)))).execute();
        }
    }
}
