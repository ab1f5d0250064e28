package fr.cellulepdp.persistence.mesure;

import fr.cellulepdp.persistence.depot.ContexteJooq;
import fr.cellulepdp.persistence.depot.Conversions;

import static fr.cellulepdp.persistence.jooq.Tables.REGLE_MESURE;

import fr.cellulepdp.model.mesure.AccordMedical;
import fr.cellulepdp.model.mesure.CatalogueMesuresRepository;
import fr.cellulepdp.model.mesure.ConditionEligibilite;
import fr.cellulepdp.model.mesure.RegleMesure;
import fr.cellulepdp.model.mesure.TypeMesure;
import fr.cellulepdp.model.mesure.UniteDuree;
import fr.cellulepdp.model.situation.StatutAssure;
import fr.cellulepdp.persistence.jooq.tables.records.RegleMesureRecord;
import java.util.Comparator;
import java.util.List;
import org.jooq.DSLContext;

/** The measure limits table: one row per measure, replaced whole when the cell updates it. */
public final class DepotCatalogueMesures implements CatalogueMesuresRepository {

    private final ContexteJooq contexte;

    public DepotCatalogueMesures(ContexteJooq contexte) {
        this.contexte = contexte;
    }

    @Override
    public List<RegleMesure> findAll() {
        return contexte.dsl().selectFrom(REGLE_MESURE).fetch(DepotCatalogueMesures::regle).stream()
                .sorted(Comparator.comparing(RegleMesure::mesure))
                .toList();
    }

    @Override
    public void save(RegleMesure regle) {
        contexte.runInTransaction(() -> {
            DSLContext dsl = contexte.dsl();
            RegleMesureRecord ligne = dsl.newRecord(REGLE_MESURE);
            ligne.setMesure(regle.mesure().name());
            ligne.setUnite(regle.unite().name());
            ligne.setDureeMax(regle.dureeMax());
            ligne.setRenouvellementsMax(regle.renouvellementsMax());
            ligne.setDureeMaxTotaleParArret(regle.dureeMaxTotaleParArret());
            ligne.setAccordsRequis(Conversions.ensemble(regle.accordsRequis()));
            ligne.setStatutsEligibles(Conversions.ensemble(regle.statutsEligibles()));
            ligne.setConditionsEligibilite(Conversions.ensemble(regle.conditionsEligibilite()));
            ligne.setArretMinimumJours(regle.arretMinimumJours());
            ligne.setCoutUnitaireMax(regle.coutUnitaireMax());
            ligne.setSuiviSeulement(regle.suiviSeulement());
            ligne.setReference(regle.reference());
            dsl.deleteFrom(REGLE_MESURE).where(REGLE_MESURE.MESURE.eq(regle.mesure().name())).execute();
            dsl.insertInto(REGLE_MESURE).set(ligne).execute();
        });
    }

    private static RegleMesure regle(RegleMesureRecord r) {
        return new RegleMesure(TypeMesure.valueOf(r.getMesure()), UniteDuree.valueOf(r.getUnite()), r.getDureeMax(),
                r.getRenouvellementsMax(), r.getDureeMaxTotaleParArret(),
                Conversions.ensemble(AccordMedical.class, r.getAccordsRequis()),
                Conversions.ensemble(StatutAssure.class, r.getStatutsEligibles()),
                Conversions.ensemble(ConditionEligibilite.class, r.getConditionsEligibilite()), r.getArretMinimumJours(),
                r.getCoutUnitaireMax(), r.getSuiviSeulement(), r.getReference());
    }
}
