package fr.cellulepdp.persistence.base;

import fr.cellulepdp.persistence.jooq.DefaultSchema;
import fr.cellulepdp.persistence.jooq.Tables;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.jooq.BatchBindStep;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.Table;

/**
 * Moves a cell from one database to another (the embedded H2 file to a PostgreSQL server, or back): every row of
 * every table, in foreign-key order, binary columns included, in one transaction of the target (a copy that fails
 * leaves it as it was), then the rows of each table counted on both sides. Both databases are opened, hence
 * migrated, by this version of the application, so their schemas are the same. The target must be empty: only the
 * rows the application writes by itself on a new database (the standard reason phrases of a migration, the default
 * measure rules) may be there, and they are replaced by the source's.
 */
public final class CopieBase {

    private static final int LOT = 500;

    /** Filled by the application itself on a new database: replaced by the source's rows, not a reason to refuse. */
    private static final Set<Table<?>> REMPLIES_A_LA_CREATION = Set.of(Tables.MOTIF_TYPE, Tables.REGLE_MESURE,
            Tables.DIFFUSION_PROCES_VERBAL);

    private CopieBase() {
    }

    /** The rows of one table in the source and in the target. */
    public record Comptage(String table, long source, long cible) {

        public boolean identique() {
            return source == cible;
        }
    }

    /** The counts of every table after the copy; {@link #conforme()} when every table has as many rows on both. */
    public record Rapport(List<Comptage> tables) {

        public boolean conforme() {
            return tables.stream().allMatch(Comptage::identique);
        }

        public long lignes() {
            return tables.stream().mapToLong(Comptage::cible).sum();
        }
    }

    /**
     * Copies everything from {@code source} into the empty {@code cible}, then counts.
     *
     * @param suivi told the name of each table as its copy starts
     * @throws BaseIndisponibleException when the target already holds data (nothing is copied then)
     */
    public static Rapport copier(BaseDeDonnees source, BaseDeDonnees cible, Consumer<String> suivi) {
        List<Table<?>> tables = tablesDansLOrdre();
        List<String> nonVides = tables.stream().filter(t -> !REMPLIES_A_LA_CREATION.contains(t))
                .filter(t -> cible.contexte().dsl().fetchCount(t) > 0).map(CopieBase::nom).toList();
        if (!nonVides.isEmpty()) {
            throw new BaseIndisponibleException("La base cible (" + cible.description() + ") contient déjà des "
                    + "données (" + String.join(", ", nonVides) + ") : rien n'a été copié. Indiquez une base vide, "
                    + "ou videz celle-ci.", null);
        }
        cible.contexte().runInTransaction(() -> {
            DSLContext ecriture = cible.contexte().dsl();
            // children first when emptying, parents first when filling
            for (int i = tables.size() - 1; i >= 0; i--) {
                if (REMPLIES_A_LA_CREATION.contains(tables.get(i))) {
                    ecriture.deleteFrom(tables.get(i)).execute();
                }
            }
            // reading in a transaction lets PostgreSQL stream the rows instead of loading a whole table
            source.contexte().runInTransaction(() -> {
                DSLContext lecture = source.contexte().dsl();
                for (Table<?> table : tables) {
                    suivi.accept(nom(table));
                    copierTable(lecture, ecriture, table);
                }
            });
        });
        return compter(source, cible);
    }

    /** The rows of every table of the application, in the source and in the target. */
    public static Rapport compter(BaseDeDonnees source, BaseDeDonnees cible) {
        return new Rapport(tablesDansLOrdre().stream().map(t -> new Comptage(nom(t),
                source.contexte().dsl().fetchCount(t), cible.contexte().dsl().fetchCount(t))).toList());
    }

    /**
     * The tables of the schema (without Flyway's history, nor the imports under way: a source opened here has undone
     * its unfinished ones, decision 0051), every table after those its foreign keys point to.
     */
    static List<Table<?>> tablesDansLOrdre() {
        List<Table<?>> restantes = new ArrayList<>(DefaultSchema.DEFAULT_SCHEMA.getTables());
        restantes.remove(Tables.IMPORT_EN_COURS);
        restantes.sort((a, b) -> a.getName().compareTo(b.getName()));
        List<Table<?>> ordre = new ArrayList<>();
        Set<Table<?>> placees = new HashSet<>();
        while (!restantes.isEmpty()) {
            Table<?> prete = restantes.stream()
                    .filter(t -> parents(t).stream().allMatch(p -> p.equals(t) || placees.contains(p)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("cycle de clés étrangères : " + restantes));
            ordre.add(prete);
            placees.add(prete);
            restantes.remove(prete);
        }
        return ordre;
    }

    private static Set<Table<?>> parents(Table<?> table) {
        Set<Table<?>> parents = new LinkedHashSet<>();
        for (ForeignKey<?, ?> cle : table.getReferences()) {
            parents.add(cle.getKey().getTable());
        }
        return parents;
    }

    private static void copierTable(DSLContext lecture, DSLContext ecriture, Table<?> table) {
        Field<?>[] champs = table.fields();
        List<Field<?>> autoReferences = autoReferences(table);
        if (!autoReferences.isEmpty()) {
            // a row pointing to another row of its table (a rectificatif to the decision it corrects) comes after it
            List<Record> lignes = lecture.selectFrom(table).fetch().stream().map(r -> (Record) r).toList();
            inserer(ecriture, table, champs, parentsDAbord(table, lignes, autoReferences));
            return;
        }
        try (Cursor<? extends Record> curseur = lecture.selectFrom(table).fetchSize(LOT).fetchLazy()) {
            while (curseur.hasNext()) {
                inserer(ecriture, table, champs, curseur.fetchNext(LOT));
            }
        }
    }

    private static void inserer(DSLContext ecriture, Table<?> table, Field<?>[] champs,
                                List<? extends Record> lignes) {
        for (int debut = 0; debut < lignes.size(); debut += LOT) {
            BatchBindStep lot = ecriture.batch(ecriture.insertInto(table).columns(champs)
                    .values(Arrays.asList(new Object[champs.length])));
            for (Record ligne : lignes.subList(debut, Math.min(lignes.size(), debut + LOT))) {
                Object[] valeurs = new Object[champs.length];
                for (int i = 0; i < champs.length; i++) {
                    valeurs[i] = normaliser(ligne.get(champs[i]));
                }
                lot = lot.bind(valeurs);
            }
            lot.execute();
        }
    }

    /** Instants are written in UTC, as the application writes them (PostgreSQL reads them in its session's zone). */
    private static Object normaliser(Object valeur) {
        return valeur instanceof OffsetDateTime horodatage ? horodatage.withOffsetSameInstant(ZoneOffset.UTC)
                : valeur;
    }

    private static List<Field<?>> autoReferences(Table<?> table) {
        List<Field<?>> champs = new ArrayList<>();
        for (ForeignKey<?, ?> cle : table.getReferences()) {
            if (cle.getKey().getTable().equals(table)) {
                champs.addAll(cle.getFields());
            }
        }
        return champs;
    }

    private static List<Record> parentsDAbord(Table<?> table, List<Record> lignes, List<Field<?>> autoReferences) {
        List<? extends Field<?>> cle = table.getPrimaryKey().getFields();
        if (cle.size() != 1 || autoReferences.size() != 1) {
            throw new IllegalStateException("référence composée non prise en charge : " + nom(table));
        }
        Field<?> id = cle.get(0);
        Field<?> parent = autoReferences.get(0);
        Set<Object> inserees = new HashSet<>();
        List<Record> ordre = new ArrayList<>();
        Deque<Record> attente = new ArrayDeque<>(lignes);
        int sansProgres = 0;
        while (!attente.isEmpty()) {
            Record ligne = attente.removeFirst();
            Object reference = ligne.get(parent);
            if (reference == null || inserees.contains(reference)) {
                ordre.add(ligne);
                inserees.add(ligne.get(id));
                sansProgres = 0;
            } else {
                attente.addLast(ligne);
                if (++sansProgres > attente.size()) {
                    throw new IllegalStateException("références circulaires dans " + nom(table));
                }
            }
        }
        return ordre;
    }

    private static String nom(Table<?> table) {
        return table.getName().toLowerCase(Locale.ROOT);
    }
}
