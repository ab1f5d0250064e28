package fr.cellulepdp.model.mesure;

import static fr.cellulepdp.model.mesure.AccordMedical.MEDECIN_CONSEIL;
import static fr.cellulepdp.model.mesure.AccordMedical.MEDECIN_TRAITANT;
import static fr.cellulepdp.model.mesure.AccordMedical.MEDECIN_TRAVAIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.situation.StatutAssure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogueMesuresTest {

    private final CatalogueMesures parDefaut = CatalogueMesures.parDefaut();

    @Test
    void essai_encadre_is_14_working_days_renewable_once_28_in_total_with_three_agreements() {
        RegleMesure essai = parDefaut.regle(TypeMesure.ESSAI_ENCADRE);

        assertThat(essai.unite()).isEqualTo(UniteDuree.JOURS_OUVRABLES);
        assertThat(essai.dureeMax()).isEqualTo(14);
        assertThat(essai.renouvellementsMax()).isEqualTo(1);
        assertThat(essai.dureeMaxTotaleParArret()).isEqualTo(28);
        assertThat(essai.accordsRequis()).containsExactlyInAnyOrder(MEDECIN_TRAITANT, MEDECIN_CONSEIL, MEDECIN_TRAVAIL);
        assertThat(essai.suiviSeulement()).isFalse();
    }

    @Test
    void default_limits_of_the_other_measures_follow_the_design() {
        assertThat(parDefaut.regle(TypeMesure.CRPE)).extracting(RegleMesure::unite, RegleMesure::dureeMax)
                .containsExactly(UniteDuree.MOIS, 18);
        assertThat(parDefaut.regle(TypeMesure.PMSMP)).extracting(RegleMesure::unite, RegleMesure::dureeMax,
                RegleMesure::renouvellementsMax, RegleMesure::dureeMaxTotaleParArret)
                .containsExactly(UniteDuree.MOIS, 1, 1, 2);
        assertThat(parDefaut.regle(TypeMesure.BILAN_COMPETENCES)).extracting(RegleMesure::unite, RegleMesure::dureeMax)
                .containsExactly(UniteDuree.HEURES, 24);
        RegleMesure consultation = parDefaut.regle(TypeMesure.CONSULTATION_MEDICO_PRO);
        assertThat(consultation.unite()).isEqualTo(UniteDuree.CONSULTATIONS);
        assertThat(consultation.dureeMax()).isEqualTo(3);
        assertThat(consultation.coutUnitaireMax()).isEqualByComparingTo(new BigDecimal("60"));
        assertThat(consultation.statutsEligibles()).containsExactly(StatutAssure.TRAVAILLEUR_INDEPENDANT);
    }

    @Test
    void training_and_vae_need_the_treating_doctor_and_cite_the_social_security_code() {
        for (TypeMesure mesure : List.of(TypeMesure.FORMATION, TypeMesure.VAE)) {
            assertThat(parDefaut.regle(mesure).accordsRequis()).as(mesure.name()).containsExactly(MEDECIN_TRAITANT);
            assertThat(parDefaut.regle(mesure).reference()).as(mesure.name()).contains("L323-3-1");
        }
    }

    @Test
    void measures_followed_by_the_cell_and_those_needing_a_long_sick_leave() {
        assertThat(parDefaut.regles()).filteredOn(RegleMesure::suiviSeulement).extracting(RegleMesure::mesure)
                .containsExactlyInAnyOrder(TypeMesure.TEMPS_PARTIEL_THERAPEUTIQUE, TypeMesure.VISITE_PRE_REPRISE,
                        TypeMesure.RENDEZ_VOUS_LIAISON);
        assertThat(parDefaut.regles()).filteredOn(r -> r.arretMinimumJours() != null)
                .extracting(RegleMesure::mesure, RegleMesure::arretMinimumJours)
                .containsExactlyInAnyOrder(tuple(TypeMesure.VISITE_PRE_REPRISE, 30),
                        tuple(TypeMesure.RENDEZ_VOUS_LIAISON, 30));
    }

    @Test
    void autre_has_no_limit_and_is_counted_in_days() {
        RegleMesure autre = parDefaut.regle(TypeMesure.AUTRE);

        assertThat(autre.unite()).isEqualTo(UniteDuree.JOURS);
        assertThat(autre).extracting(RegleMesure::dureeMax, RegleMesure::renouvellementsMax,
                RegleMesure::dureeMaxTotaleParArret, RegleMesure::arretMinimumJours, RegleMesure::coutUnitaireMax)
                .containsOnlyNulls();
        assertThat(autre.accordsRequis()).isEmpty();
        assertThat(autre.statutsEligibles()).isEmpty();
    }

    @Test
    void avec_returns_an_updated_copy_and_leaves_the_original_unchanged() {
        RegleMesure nouvelle = new RegleMesure(TypeMesure.BILAN_COMPETENCES, UniteDuree.HEURES, 30, null, null,
                Set.of(), Set.of(), null, null, false, "loi fictive");

        CatalogueMesures misAJour = parDefaut.avec(nouvelle);

        assertThat(misAJour.regle(TypeMesure.BILAN_COMPETENCES)).isEqualTo(nouvelle);
        assertThat(parDefaut.regle(TypeMesure.BILAN_COMPETENCES).dureeMax()).isEqualTo(24);
        assertThat(misAJour.regles()).hasSameSizeAs(parDefaut.regles());
        assertThat(misAJour.regle(TypeMesure.ESSAI_ENCADRE)).isEqualTo(parDefaut.regle(TypeMesure.ESSAI_ENCADRE));
    }

    @Test
    void the_catalogue_is_not_changed_through_its_inputs_or_outputs() {
        List<RegleMesure> source = new ArrayList<>(parDefaut.regles());
        CatalogueMesures catalogue = new CatalogueMesures(source);
        source.clear();

        assertThat(catalogue.regles()).hasSize(TypeMesure.values().length);
        assertThatThrownBy(() -> catalogue.regles().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_measure_missing_from_a_stored_table_has_no_limit() {
        CatalogueMesures vide = new CatalogueMesures(List.of());

        assertThat(vide.regle(TypeMesure.ESSAI_ENCADRE).dureeMax()).isNull();
        assertThat(vide.regles()).isEmpty();
    }
}
