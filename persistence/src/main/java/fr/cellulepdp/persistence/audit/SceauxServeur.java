package fr.cellulepdp.persistence.audit;

import fr.cellulepdp.model.audit.SceauJournal;
import fr.cellulepdp.persistence.depot.ContexteJooq;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * On a PostgreSQL server, the trail's seals kept in the append-only table {@code sceau_journal} (migration V33): the
 * application's roles may insert and read a seal, never change nor remove one, so the seal of each session's close
 * stays whatever an account does to the trail afterwards (decision 0042). The H2 file keeps its seal in the key ring.
 */
public final class SceauxServeur implements SceauJournal {

    private static final Table<?> SCEAUX = DSL.table(DSL.name("sceau_journal"));
    private static final Field<Long> NUMERO = DSL.field(DSL.name("numero"), Long.class);
    private static final Field<Long> SEQUENCE = DSL.field(DSL.name("sequence"), Long.class);
    private static final Field<String> HASH = DSL.field(DSL.name("hash"), String.class);
    private static final Field<String> ACTEUR = DSL.field(DSL.name("acteur"), String.class);
    private static final Field<String> SIGNATURE = DSL.field(DSL.name("signature"), String.class);

    private final ContexteJooq contexte;

    public SceauxServeur(ContexteJooq contexte) {
        this.contexte = contexte;
    }

    /** The seal of the longest trail ever sealed (the latest of those): the one a truncation cannot reach. */
    @Override
    public Optional<Sceau> lire() {
        return contexte.dsl().select(SEQUENCE, HASH, ACTEUR, SIGNATURE).from(SCEAUX)
                .orderBy(SEQUENCE.desc(), NUMERO.desc()).limit(1)
                .fetchOptional(r -> new Sceau(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    @Override
    public void sceller(Sceau sceau) {
        contexte.inTransaction(() -> contexte.dsl().insertInto(SCEAUX).set(SEQUENCE, sceau.sequence())
                .set(HASH, sceau.hash()).set(ACTEUR, sceau.acteur()).set(SIGNATURE, sceau.signature()).execute());
    }

    @Override
    public String origine() {
        return "le registre des sceaux du serveur, scellé à chaque fermeture,";
    }
}
