package fr.cellulepdp.persistence.importation;

import fr.cellulepdp.persistence.depot.ContexteJooq;
import fr.cellulepdp.persistence.depot.Conversions;
import fr.cellulepdp.persistence.depot.DepotJooq;

import static fr.cellulepdp.persistence.jooq.Tables.MISE_A_DISPOSITION;
import static fr.cellulepdp.persistence.jooq.Tables.MODELE_MISE_A_DISPOSITION;
import static fr.cellulepdp.persistence.jooq.Tables.SITUATION;

import fr.cellulepdp.model.importation.LigneMiseADisposition;
import fr.cellulepdp.model.importation.MiseADisposition;
import fr.cellulepdp.model.importation.MiseADispositionRepository;
import fr.cellulepdp.model.notification.CanalEnvoi;
import fr.cellulepdp.model.situation.Origine;
import fr.cellulepdp.model.situation.StatutSituation;
import fr.cellulepdp.persistence.jooq.tables.records.MiseADispositionRecord;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.OrderField;

/** The offer letters (one per situation, the unique key) and the one row of their wording. */
public final class DepotMisesADisposition extends DepotJooq<MiseADisposition, MiseADispositionRecord>
        implements MiseADispositionRepository {

    public DepotMisesADisposition(ContexteJooq contexte) {
        super(contexte, MISE_A_DISPOSITION, MISE_A_DISPOSITION.ID, MISE_A_DISPOSITION.VERSION, "MiseADisposition");
    }

    @Override
    public Optional<MiseADisposition> findBySituation(UUID situationId) {
        return trouverOu(MISE_A_DISPOSITION.SITUATION_ID.eq(situationId)).stream().findFirst();
    }

    /** Read from the files' table (its rows of the list, not closed) joined to their letters, by file number key. */
    @Override
    public List<LigneMiseADisposition> dossiersOuvertsDeLaListe() {
        return contexte.dsl().select(SITUATION.ID, SITUATION.NUMERO_DOSSIER, SITUATION.DATE_SIGNALEMENT)
                .select(MISE_A_DISPOSITION.fields())
                .from(SITUATION).leftJoin(MISE_A_DISPOSITION).on(MISE_A_DISPOSITION.SITUATION_ID.eq(SITUATION.ID))
                .where(SITUATION.ORIGINE.eq(Origine.REQUETE_IJ_60J.name()))
                .and(SITUATION.STATUT.ne(StatutSituation.CLOTUREE.name()))
                .orderBy(SITUATION.NUMERO_TRI)
                .fetch(r -> new LigneMiseADisposition(r.get(SITUATION.ID), r.get(SITUATION.NUMERO_DOSSIER),
                        r.get(SITUATION.DATE_SIGNALEMENT), r.get(MISE_A_DISPOSITION.ID) == null ? Optional.empty()
                                : Optional.of(depuisLigne(contexte.dsl(), r.into(MISE_A_DISPOSITION)))));
    }

    @Override
    public List<MiseADisposition> nonPostees() {
        return trouverOu(MISE_A_DISPOSITION.POSTE_LE.isNull());
    }

    @Override
    public Optional<String> modele() {
        return contexte.dsl().select(MODELE_MISE_A_DISPOSITION.TEXTE).from(MODELE_MISE_A_DISPOSITION)
                .fetchOptional(MODELE_MISE_A_DISPOSITION.TEXTE);
    }

    @Override
    public void enregistrerModele(String texte) {
        contexte.inTransaction(() -> {
            DSLContext dsl = contexte.dsl();
            if (dsl.fetchExists(MODELE_MISE_A_DISPOSITION)) {
                dsl.update(MODELE_MISE_A_DISPOSITION).set(MODELE_MISE_A_DISPOSITION.TEXTE, texte)
                        .set(MODELE_MISE_A_DISPOSITION.VERSION, MODELE_MISE_A_DISPOSITION.VERSION.plus(1)).execute();
            } else {
                dsl.insertInto(MODELE_MISE_A_DISPOSITION).set(MODELE_MISE_A_DISPOSITION.ID, UUID.randomUUID())
                        .set(MODELE_MISE_A_DISPOSITION.VERSION, 1L).set(MODELE_MISE_A_DISPOSITION.TEXTE, texte)
                        .execute();
            }
            return null;
        });
    }

    @Override
    protected MiseADispositionRecord versLigne(DSLContext dsl, MiseADisposition m) {
        MiseADispositionRecord r = dsl.newRecord(MISE_A_DISPOSITION);
        r.setId(m.id());
        r.setSituationId(m.situationId());
        r.setCanal(m.canal().name());
        r.setFichier(m.fichier());
        r.setSha256(m.sha256());
        r.setProduitLe(Conversions.versColonne(m.produitLe()));
        r.setPosteLe(Conversions.versColonne(m.posteLe()));
        return r;
    }

    @Override
    protected MiseADisposition depuisLigne(DSLContext dsl, MiseADispositionRecord r) {
        return new MiseADisposition(r.getId(), r.getVersion(), r.getSituationId(), CanalEnvoi.valueOf(r.getCanal()),
                r.getFichier(), r.getSha256(), Conversions.depuisColonne(r.getProduitLe()),
                Conversions.depuisColonne(r.getPosteLe()));
    }

    @Override
    protected MiseADisposition avecVersion(MiseADisposition m, long version) {
        return new MiseADisposition(m.id(), version, m.situationId(), m.canal(), m.fichier(), m.sha256(),
                m.produitLe(), m.posteLe());
    }

    @Override
    protected OrderField<?>[] ordre() {
        return new OrderField<?>[] {MISE_A_DISPOSITION.FICHIER, MISE_A_DISPOSITION.ID};
    }
}
