package fr.cellulepdp.persistence;

import static fr.cellulepdp.persistence.jooq.Tables.ASSURE;
import static fr.cellulepdp.persistence.jooq.Tables.SITUATION;
import static fr.cellulepdp.persistence.jooq.Tables.SITUATION_MOT;

import fr.cellulepdp.model.situation.MotsRecherche;
import fr.cellulepdp.persistence.jooq.tables.records.SituationMotRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
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

    /** Deletes and writes again the words of the files matching the condition on SITUATION, in batches. */
    static void reecrire(DSLContext dsl, Condition dossiers) {
        dsl.deleteFrom(SITUATION_MOT).where(SITUATION_MOT.SITUATION_ID.in(
                DSL.select(SITUATION.ID).from(SITUATION).where(dossiers))).execute();
        ecrire(dsl, dossiers);
    }

    /** Writes the words of the files matching the condition (which have none yet), a batch per thousand files. */
    static void ecrire(DSLContext dsl, Condition dossiers) {
        List<SituationMotRecord> lot = new ArrayList<>();
        try (var lignes = dsl.select(SITUATION.ID, SITUATION.NUMERO_DOSSIER, ASSURE.NOM, ASSURE.PRENOM,
                        ASSURE.EMPLOYEUR_NOM)
                .from(SITUATION).join(ASSURE).on(ASSURE.ID.eq(SITUATION.ASSURE_ID))
                .where(dossiers).fetchSize(1_000).fetchLazy()) {
            for (var ligne : lignes) {
                lot.addAll(lignes(dsl, ligne.value1(), ligne.value2(), ligne.value3(), ligne.value4(),
                        ligne.value5()));
                if (lot.size() >= 10_000) {
                    dsl.batchInsert(lot).execute();
                    lot.clear();
                }
            }
        }
        if (!lot.isEmpty()) {
            dsl.batchInsert(lot).execute();
        }
    }

    /** The rows of one file: its number's words, then its person's. */
    private static List<SituationMotRecord> lignes(DSLContext dsl, UUID situation, String numero, String nom,
                                                   String prenom, String employeur) {
        List<SituationMotRecord> lignes = new ArrayList<>();
        ajouter(dsl, lignes, situation, MotsRecherche.duNumero(numero), true);
        ajouter(dsl, lignes, situation, MotsRecherche.dePersonne(nom, prenom, employeur), false);
        return lignes;
    }

    private static void ajouter(DSLContext dsl, List<SituationMotRecord> lignes, UUID situation,
                                Collection<String> mots, boolean duNumero) {
        for (String mot : mots) {
            SituationMotRecord r = dsl.newRecord(SITUATION_MOT);
            r.setSituationId(situation);
            r.setMot(mot);
            r.setDuNumero(duNumero);
            lignes.add(r);
        }
    }
}
