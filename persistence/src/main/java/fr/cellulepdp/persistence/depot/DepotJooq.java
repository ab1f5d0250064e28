package fr.cellulepdp.persistence.depot;

import fr.cellulepdp.model.commun.ConflitDeModificationException;
import fr.cellulepdp.model.commun.Repository;
import fr.cellulepdp.model.commun.Versionne;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.OrderField;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;

/**
 * Storage of one aggregate in one main table (plus child tables) with optimistic locking: an update only
 * applies {@code WHERE id = ? AND version = ?}; when no row matches, someone saved in between and the
 * whole save (children included) is rolled back with a {@link ConflitDeModificationException}.
 */
public abstract class DepotJooq<T extends Versionne, R extends UpdatableRecord<R>> implements Repository<T> {

    protected final ContexteJooq contexte;
    private final Table<R> table;
    private final TableField<R, UUID> champId;
    private final TableField<R, Long> champVersion;
    private final String nomObjet;

    public DepotJooq(ContexteJooq contexte, Table<R> table, TableField<R, UUID> champId, TableField<R, Long> champVersion,
              String nomObjet) {
        this.contexte = contexte;
        this.table = table;
        this.champId = champId;
        this.champVersion = champVersion;
        this.nomObjet = nomObjet;
    }

    /** The main-table row of the object, every column set except the version. */
    protected abstract R versLigne(DSLContext dsl, T objet);

    /** The object from its main-table row, children read with {@code dsl}. */
    protected abstract T depuisLigne(DSLContext dsl, R ligne);

    protected abstract T avecVersion(T objet, long version);

    /** The deterministic order of {@link #findAll()}. */
    protected abstract OrderField<?>[] ordre();

    /** Writes the child rows of a new or updated object (the old ones are already deleted). */
    protected void ecrireEnfants(DSLContext dsl, T objet) {
    }

    /** Deletes the child rows of an object before they are written again. */
    protected void supprimerEnfants(DSLContext dsl, UUID id) {
    }

    @Override
    public T save(T objet) {
        return contexte.inTransaction(() -> {
            DSLContext dsl = contexte.dsl();
            R ligne = versLigne(dsl, objet);
            long nouvelleVersion = objet.version() + 1;
            if (objet.version() == 0) {
                ligne.set(champVersion, nouvelleVersion);
                // one statement, not a check then an insert: the row already there inserts nothing (only a clash
                // on the id: another unique constraint still fails, and PostgreSQL's transaction is not aborted)
                if (dsl.insertInto(table).set(ligne).onConflict(champId).doNothing().execute() == 0) {
                    throw new ConflitDeModificationException(nomObjet, objet.id());
                }
            } else {
                ligne.set(champVersion, nouvelleVersion);
                int modifiees = dsl.update(table).set(ligne)
                        .where(champId.eq(objet.id()).and(champVersion.eq(objet.version())))
                        .execute();
                if (modifiees == 0) {
                    throw new ConflitDeModificationException(nomObjet, objet.id());
                }
                supprimerEnfants(dsl, objet.id());
            }
            ecrireEnfants(dsl, objet);
            return avecVersion(objet, nouvelleVersion);
        });
    }

    /**
     * Saves some columns of an object's main row, the others and its children left as they are: one statement where
     * {@link #save} rewrites every column and the children, under the same optimistic lock.
     *
     * @param apres the object as it is once those columns are saved
     */
    protected T modifierColonnes(T lu, T apres, java.util.Map<? extends org.jooq.Field<?>, ?> colonnes) {
        return contexte.inTransaction(() -> {
            java.util.Map<org.jooq.Field<?>, Object> valeurs = new java.util.HashMap<>(colonnes);
            valeurs.put(champVersion, lu.version() + 1);
            if (contexte.dsl().update(table).set(valeurs)
                    .where(champId.eq(lu.id()).and(champVersion.eq(lu.version()))).execute() == 0) {
                throw new ConflitDeModificationException(nomObjet, lu.id());
            }
            return avecVersion(apres, lu.version() + 1);
        });
    }

    /**
     * New objects as JDBC batches of one statement each (children written after), in the caller's transaction: a
     * 100 000-row import sends a hundred batches rather than half a million statements.
     */
    @Override
    public void insererTous(List<T> nouveaux) {
        if (nouveaux.isEmpty()) {
            return;
        }
        contexte.inTransaction(() -> {
            DSLContext dsl = contexte.dsl();
            List<R> lignes = lignesNouvelles(dsl, nouveaux);
            lignes.forEach(ligne -> ligne.set(champVersion, 1L));
            dsl.batchInsert(lignes).execute();
            nouveaux.forEach(objet -> enfantsALaCreation(dsl, objet));
            return null;
        });
    }

    /** The rows of new objects; an aggregate whose row needs a lookup per object reads them all at once. */
    protected List<R> lignesNouvelles(DSLContext dsl, List<T> nouveaux) {
        return nouveaux.stream().map(objet -> versLigne(dsl, objet)).toList();
    }

    /** The children of a newly created object (by default those {@link #ecrireEnfants} writes). */
    protected void enfantsALaCreation(DSLContext dsl, T objet) {
        ecrireEnfants(dsl, objet);
    }

    @Override
    public Optional<T> find(UUID id) {
        DSLContext dsl = contexte.dsl();
        return dsl.selectFrom(table).where(champId.eq(id)).fetchOptional().map(ligne -> depuisLigne(dsl, ligne));
    }

    @Override
    public List<T> findAll() {
        return trouverOu(org.jooq.impl.DSL.noCondition());
    }

    @Override
    public List<T> findAllById(java.util.Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : trouverOu(Identifiants.parmi(champId, ids));
    }

    @Override
    public long count() {
        return contexte.dsl().fetchCount(table);
    }

    protected List<T> trouverOu(org.jooq.Condition condition) {
        DSLContext dsl = contexte.dsl();
        return depuisLignes(dsl, dsl.selectFrom(table).where(condition).orderBy(ordre()).fetch(), condition);
    }

    /**
     * The objects of several rows. Aggregates with child rows override it to read the children of all the rows
     * in one query (selected by the same condition) instead of one query per row.
     */
    protected List<T> depuisLignes(DSLContext dsl, org.jooq.Result<R> lignes, org.jooq.Condition condition) {
        return lignes.map(ligne -> depuisLigne(dsl, ligne));
    }

    /**
     * Enum values held in a child table (one row per value), grouped by parent id, for every parent matching the
     * condition, in one query.
     */
    protected static <E extends Enum<E>> java.util.Map<UUID, java.util.Set<E>> enumsParParent(DSLContext dsl,
            TableField<?, UUID> parentDansEnfant, TableField<?, String> valeur, Class<E> type,
            TableField<?, UUID> idParent, org.jooq.Condition condition) {
        return dsl.select(parentDansEnfant, valeur)
                .from(parentDansEnfant.getTable())
                .join(idParent.getTable()).on(idParent.eq(parentDansEnfant))
                .where(condition)
                .fetchGroups(parentDansEnfant, ligne -> Enum.valueOf(type, ligne.get(valeur)))
                .entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey,
                        e -> java.util.Set.copyOf(e.getValue())));
    }

    protected static <E extends Enum<E>> E enumOuNull(Class<E> type, String valeur) {
        return valeur == null ? null : Enum.valueOf(type, valeur);
    }

    protected static String nomOuNull(Enum<?> valeur) {
        return valeur == null ? null : valeur.name();
    }
}
