package fr.cellulepdp.persistence.situation;

import static fr.cellulepdp.persistence.jooq.Tables.ASSURE;
import static fr.cellulepdp.persistence.jooq.Tables.SITUATION;
import static fr.cellulepdp.persistence.jooq.Tables.SITUATION_MOT;

import fr.cellulepdp.model.situation.MotsRecherche;
import java.util.UUID;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The search words of files (table situation_mot, migration V30): written again from the file and its person
 * whenever either is saved, by the repositories and by the migration that fills the files already there.
 */
final class MotsDesDossiers {

    private MotsDesDossiers() {
    }

    /** Deletes and writes again the words of the files matching the condition on SITUATION. */
    static void reecrire(DSLContext dsl, Condition dossiers) {
        dsl.deleteFrom(SITUATION_MOT).where(SITUATION_MOT.SITUATION_ID.in(
                DSL.select(SITUATION.ID).from(SITUATION).where(dossiers))).execute();
        ecrire(dsl, dossiers);
    }

    /**
     * Writes the words of the files matching the condition (which have none yet), each with its file's sort key
     * (V36): one query for the files and their people, one JDBC batch of a single prepared statement for the words.
     * Returns the files' count.
     */
    static int ecrire(DSLContext dsl, Condition dossiers) {
        return ecrire(dsl, dossiers, true);
    }

    /**
     * {@code avecCle}: false for migration 30.1 alone, which runs before V36 made the column of the sort key
     * (36.1 fills it afterwards).
     */
    static int ecrire(DSLContext dsl, Condition dossiers, boolean avecCle) {
        var lignes = dsl.select(SITUATION.ID, SITUATION.NUMERO_DOSSIER, ASSURE.NOM, ASSURE.PRENOM,
                        ASSURE.EMPLOYEUR_NOM, SITUATION.NUMERO_TRI)
                .from(SITUATION).join(ASSURE).on(ASSURE.ID.eq(SITUATION.ASSURE_ID))
                .where(dossiers).fetch();
        if (lignes.isEmpty()) {
            return 0;
        }
        BatchBindStep lot = avecCle
                ? dsl.batch(dsl.insertInto(SITUATION_MOT, SITUATION_MOT.SITUATION_ID, SITUATION_MOT.MOT,
                        SITUATION_MOT.DU_NUMERO, SITUATION_MOT.NUMERO_TRI).values((UUID) null, null, null, null))
                : dsl.batch(dsl.insertInto(SITUATION_MOT, SITUATION_MOT.SITUATION_ID, SITUATION_MOT.MOT,
                        SITUATION_MOT.DU_NUMERO).values((UUID) null, null, null));
        for (var ligne : lignes) {
            for (String mot : MotsRecherche.duNumero(ligne.value2())) {
                lot = avecCle ? lot.bind(ligne.value1(), mot, true, ligne.value6())
                        : lot.bind(ligne.value1(), mot, true);
            }
            for (String mot : MotsRecherche.dePersonne(ligne.value3(), ligne.value4(), ligne.value5())) {
                lot = avecCle ? lot.bind(ligne.value1(), mot, false, ligne.value6())
                        : lot.bind(ligne.value1(), mot, false);
            }
        }
        lot.execute();
        return lignes.size();
    }
}
