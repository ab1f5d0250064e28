package fr.cellulepdp.persistence.depot;

import java.util.Collection;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * A column among a set of identifiers, written as constants. With bound parameters H2 keeps the list as expressions
 * and checks each row it reads against every one of them in turn: reading thousands of rows by thousands of ids
 * (the files of the requests waiting, ten years of follow-ups) took seconds to minutes. Constants make it a set H2
 * looks each row up in, and pass no bound values (PostgreSQL takes at most 65 535). Identifiers only: they are
 * typed values, never text a user typed.
 */
public final class Identifiants {

    private Identifiants() {
    }

    public static Condition parmi(Field<UUID> champ, Collection<UUID> ids) {
        return champ.in(ids.stream().map(DSL::inline).toList());
    }
}
