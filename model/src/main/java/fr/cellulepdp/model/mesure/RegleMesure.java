package fr.cellulepdp.model.mesure;

import fr.cellulepdp.model.mesure.AccordMedical;
import fr.cellulepdp.model.situation.StatutAssure;
import fr.cellulepdp.model.commun.Montants;
import fr.cellulepdp.model.commun.Textes;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * The limits of one measure (DESIGN.md §4), as data the cell can update when the law changes.
 * A null limit means "no limit".
 *
 * @param dureeMax                  longest length of one request, in {@code unite}
 * @param renouvellementsMax        how many renewals are allowed after the first request
 * @param dureeMaxTotaleParArret    longest total, first request and renewals, over one sick leave
 * @param accordsRequis             agreements the measure needs (the doctors', the employer's for a TPT)
 * @param statutsEligibles          who may benefit (empty: everybody)
 * @param conditionsEligibilite     facts about the person of which one at least is needed (empty: none), e.g. the
 *                                  CRPE's RQTH, BOETH title, declared unfitness or stated risk of unfitness
 * @param arretMinimumJours         shortest sick leave, in calendar days, for the measure to apply
 * @param coutUnitaireMax           highest cost of one unit (e.g. 60 EUR per consultation)
 * @param suiviSeulement            the cell follows the measure rather than deciding it
 * @param reference                 legal or regulatory reference shown with the rule
 */
public record RegleMesure(TypeMesure mesure, UniteDuree unite, Integer dureeMax, Integer renouvellementsMax,
                          Integer dureeMaxTotaleParArret, Set<AccordMedical> accordsRequis,
                          Set<StatutAssure> statutsEligibles, Set<ConditionEligibilite> conditionsEligibilite,
                          Integer arretMinimumJours,
                          BigDecimal coutUnitaireMax, boolean suiviSeulement, String reference) {

    public RegleMesure {
        Objects.requireNonNull(mesure, "mesure");
        Objects.requireNonNull(unite, "unite");
        accordsRequis = accordsRequis == null ? Set.of() : Set.copyOf(accordsRequis);
        statutsEligibles = statutsEligibles == null ? Set.of() : Set.copyOf(statutsEligibles);
        conditionsEligibilite = conditionsEligibilite == null ? Set.of() : Set.copyOf(conditionsEligibilite);
        reference = Textes.nonNul(reference);
        coutUnitaireMax = Montants.auCentime(coutUnitaireMax);
    }

    /** A rule with no condition on the person's recognitions. */
    public RegleMesure(TypeMesure mesure, UniteDuree unite, Integer dureeMax, Integer renouvellementsMax,
                       Integer dureeMaxTotaleParArret, Set<AccordMedical> accordsRequis,
                       Set<StatutAssure> statutsEligibles, Integer arretMinimumJours, BigDecimal coutUnitaireMax,
                       boolean suiviSeulement, String reference) {
        this(mesure, unite, dureeMax, renouvellementsMax, dureeMaxTotaleParArret, accordsRequis, statutsEligibles,
                Set.of(), arretMinimumJours, coutUnitaireMax, suiviSeulement, reference);
    }
}
