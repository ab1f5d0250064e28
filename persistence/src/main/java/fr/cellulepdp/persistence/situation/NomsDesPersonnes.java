package fr.cellulepdp.persistence.situation;

import static fr.cellulepdp.persistence.jooq.Tables.ASSURE;

import fr.cellulepdp.persistence.depot.Moteur;
import fr.cellulepdp.persistence.jooq.tables.Assure;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The people's names a list joins (as {@code personne}): the people's table, or on a server, for a partner, V33's
 * view of their first letters only (a partner's role may not read names there).
 */
public record NomsDesPersonnes(Table<?> table, Field<UUID> id, Field<String> nom, Field<String> prenom) {

    /** For a reader who may read names ({@code initialesSeulement} false) or not, on this engine. */
    public static NomsDesPersonnes pour(boolean initialesSeulement, Moteur moteur) {
        if (initialesSeulement && moteur == Moteur.POSTGRESQL) {
            return new NomsDesPersonnes(DSL.table(DSL.name("assure_initiales")).as("personne"),
                    DSL.field(DSL.name("personne", "id"), UUID.class),
                    DSL.field(DSL.name("personne", "initiale_nom"), String.class),
                    DSL.field(DSL.name("personne", "initiale_prenom"), String.class));
        }
        Assure assure = ASSURE.as("personne");
        return new NomsDesPersonnes(assure, assure.ID, assure.NOM, assure.PRENOM);
    }
}
