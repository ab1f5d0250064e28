package fr.cellulepdp.model.demande;

import fr.cellulepdp.model.mesure.CatalogueMesures;
import fr.cellulepdp.model.mesure.RegleMesure;
import fr.cellulepdp.model.mesure.TypeMesure;
import fr.cellulepdp.model.mesure.UniteDuree;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.mesure.AccordMedical;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.Nir;
import fr.cellulepdp.model.situation.Origine;
import fr.cellulepdp.model.situation.Risque;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.situation.StatutAssure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VerificationMesureTest {

    private static final Set<AccordMedical> TOUS_LES_ACCORDS = Set.of(AccordMedical.values());
    private static final LocalDate DEBUT_ARRET = LocalDate.of(2026, 6, 1);

    private final Situation situation = new Situation(UUID.randomUUID(), 0, "PDP-1", UUID.randomUUID(), null,
            LocalDate.of(2026, 8, 1), Origine.SERVICE_MEDICAL, Risque.MALADIE, DEBUT_ARRET,
            LocalDate.of(2026, 12, 31), null, null, null, "", "", null, null, null, "");
    private final VerificationMesure verification = new VerificationMesure(CatalogueMesures.parDefaut());

    private Assure assure(StatutAssure statut) {
        return new Assure(UUID.randomUUID(), 0, Nir.de("269054958815780"), "N", "P", null, null, null, "", "",
                statut, null, "");
    }

    private Demande demande(fr.cellulepdp.model.mesure.TypeMesure mesure, Integer duree, boolean renouvellement,
                            Set<AccordMedical> accords) {
        return new Demande(UUID.randomUUID(), 0, situation.id(), mesure, "", LocalDate.of(2026, 9, 1), null, "", "",
                null, null, duree, renouvellement, null, "", "", accords, StatutDemande.A_ETUDIER);
    }

    private List<Probleme> verifier(Demande demande, Demande... autres) {
        return verification.verifier(demande, situation, assure(StatutAssure.SALARIE), List.of(autres));
    }

    @Test
    void essai_encadre_of_14_working_days_with_every_agreement_passes() {
        assertThat(verifier(demande(TypeMesure.ESSAI_ENCADRE, 14, false, TOUS_LES_ACCORDS))).isEmpty();
    }

    @Test
    void essai_encadre_longer_than_14_working_days_is_explained() {
        assertThat(verifier(demande(TypeMesure.ESSAI_ENCADRE, 16, false, TOUS_LES_ACCORDS)))
                .containsExactly(new Probleme("durée", "essai encadré : 16 jours ouvrables demandés, 14 au plus"));
        assertThat(verifier(demande(TypeMesure.ESSAI_ENCADRE, 15, false, TOUS_LES_ACCORDS))).hasSize(1);
    }

    @Test
    void the_renewal_counts_every_earlier_essai_of_the_same_sick_leave() {
        Demande premier = demande(TypeMesure.ESSAI_ENCADRE, 14, false, TOUS_LES_ACCORDS);

        assertThat(verifier(demande(TypeMesure.ESSAI_ENCADRE, 14, true, TOUS_LES_ACCORDS), premier)).isEmpty();
        assertThat(verifier(demande(TypeMesure.ESSAI_ENCADRE, 16, true, TOUS_LES_ACCORDS), premier))
                .contains(new Probleme("durée", "renouvellement : 30 jours au total sur cet arrêt, 28 au plus"));
        assertThat(verifier(demande(TypeMesure.ESSAI_ENCADRE, 15, true, TOUS_LES_ACCORDS), premier))
                .contains(new Probleme("durée", "renouvellement : 29 jours au total sur cet arrêt, 28 au plus"));
    }

    @Test
    void withdrawn_requests_and_other_measures_do_not_count_towards_the_total() {
        Demande retiree = new Demande(UUID.randomUUID(), 0, situation.id(), TypeMesure.ESSAI_ENCADRE, "",
                LocalDate.of(2026, 8, 1), null, "", "", null, null, 14, false, null, "", "", Set.of(),
                StatutDemande.RETIREE);
        Demande bilan = demande(TypeMesure.BILAN_COMPETENCES, 20, false, Set.of());
        Demande premier = demande(TypeMesure.ESSAI_ENCADRE, 14, false, TOUS_LES_ACCORDS);

        assertThat(verifier(demande(TypeMesure.ESSAI_ENCADRE, 14, true, TOUS_LES_ACCORDS), retiree, bilan, premier))
                .isEmpty();
    }

    @Test
    void a_second_renewal_is_refused() {
        Demande premier = demande(TypeMesure.ESSAI_ENCADRE, 5, false, TOUS_LES_ACCORDS);
        Demande renouvele = demande(TypeMesure.ESSAI_ENCADRE, 5, true, TOUS_LES_ACCORDS);

        assertThat(verifier(demande(TypeMesure.ESSAI_ENCADRE, 5, true, TOUS_LES_ACCORDS), premier, renouvele))
                .containsExactly(new Probleme("renouvellement",
                        "essai encadré : 2 renouvellements sur cet arrêt, 1 au plus"));
    }

    @Test
    void names_each_missing_medical_agreement() {
        assertThat(verifier(demande(TypeMesure.ESSAI_ENCADRE, 10, false, Set.of(AccordMedical.MEDECIN_TRAITANT))))
                .extracting(Probleme::message)
                .as("in the order of the enum, the same at every run")
                .containsExactly("accord du médecin-conseil manquant", "accord du médecin du travail manquant");
    }

    @Test
    void computes_the_length_from_the_dates_when_it_is_not_typed() {
        Demande parDates = new Demande(UUID.randomUUID(), 0, situation.id(), TypeMesure.ESSAI_ENCADRE, "",
                LocalDate.of(2026, 9, 1), null, "", "", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 21), null,
                false, null, "", "", TOUS_LES_ACCORDS, StatutDemande.A_ETUDIER);

        // 2 to 21 November 2026: 18 days without Sundays, minus 11 November
        assertThat(verifier(parDates))
                .containsExactly(new Probleme("durée", "essai encadré : 17 jours ouvrables demandés, 14 au plus"));
    }

    @Test
    void an_essai_must_fit_within_the_sick_leave_and_dates_must_be_in_order() {
        Demande apres = new Demande(UUID.randomUUID(), 0, situation.id(), TypeMesure.ESSAI_ENCADRE, "",
                LocalDate.of(2026, 9, 1), null, "", "", LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 2), 5,
                false, null, "", "", TOUS_LES_ACCORDS, StatutDemande.A_ETUDIER);
        Demande inversee = new Demande(UUID.randomUUID(), 0, situation.id(), TypeMesure.BILAN_COMPETENCES, "",
                LocalDate.of(2026, 9, 1), null, "", "", LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 1), 10,
                false, null, "", "", Set.of(), StatutDemande.A_ETUDIER);

        assertThat(verifier(apres)).singleElement().extracting(Probleme::message).asString()
                .contains("finit le 02/01/2027").contains("fin prévue de l'arrêt de travail (31/12/2026)");
        assertThat(verifier(inversee)).singleElement().extracting(Probleme::champ).isEqualTo("dates");
    }

    @Test
    void consultation_medico_pro_is_for_self_employed_people_at_most_3_at_60_euros() {
        Demande consultations = new Demande(UUID.randomUUID(), 0, situation.id(), TypeMesure.CONSULTATION_MEDICO_PRO,
                "", LocalDate.of(2026, 9, 1), null, "", "", null, null, 3, false, new BigDecimal("200"), "", "",
                Set.of(), StatutDemande.A_ETUDIER);

        List<Probleme> salarie = verification.verifier(consultations, situation, assure(StatutAssure.SALARIE), List.of());
        List<Probleme> independant = verification.verifier(consultations, situation,
                assure(StatutAssure.TRAVAILLEUR_INDEPENDANT), List.of());

        assertThat(salarie).extracting(Probleme::champ).contains(VerificationMesure.ELIGIBILITE);
        assertThat(independant).containsExactly(new Probleme("coût",
                "consultation médico-professionnelle : 200,00\u00a0€ demandés, 180,00\u00a0€ au plus (3 × 60,00\u00a0€)"));
    }

    @Test
    void a_pre_return_visit_needs_more_than_30_days_of_sick_leave() {
        Demande visite = new Demande(UUID.randomUUID(), 0, situation.id(), TypeMesure.VISITE_PRE_REPRISE, "",
                DEBUT_ARRET.plusDays(29), null, "", "", null, null, null, false, null, "", "", Set.of(),
                StatutDemande.A_ETUDIER);
        Demande plusTard = new Demande(UUID.randomUUID(), 0, situation.id(), TypeMesure.VISITE_PRE_REPRISE, "",
                DEBUT_ARRET.plusDays(30), null, "", "", null, null, null, false, null, "", "", Set.of(),
                StatutDemande.A_ETUDIER);

        assertThat(verifier(visite)).singleElement().extracting(Probleme::message)
                .isEqualTo("visite de pré-reprise : 30 jours d'arrêt à la date de la demande, plus de 30 exigés");
        assertThat(verifier(plusTard)).isEmpty();
    }

    @Test
    void months_are_counted_date_to_date_even_from_the_end_of_a_month() {
        assertThat(VerificationMesure.moisEntames(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28))).isEqualTo(1);
        assertThat(VerificationMesure.moisEntames(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31))).isEqualTo(1);
        assertThat(VerificationMesure.moisEntames(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 14))).isEqualTo(1);
        assertThat(VerificationMesure.moisEntames(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 15))).isEqualTo(2);
        assertThat(VerificationMesure.moisEntames(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 3, 1))).isEqualTo(2);
        Demande pmsmp = new Demande(UUID.randomUUID(), 0, situation.id(), TypeMesure.PMSMP, "",
                LocalDate.of(2026, 9, 1), null, "", "", LocalDate.of(2026, 8, 31), LocalDate.of(2026, 9, 30), null,
                false, null, "", "", Set.of(), StatutDemande.A_ETUDIER);
        assertThat(verifier(pmsmp)).isEmpty();
    }

    @Test
    void a_second_request_of_the_same_measure_is_a_renewal_even_when_not_ticked() {
        Demande premier = demande(TypeMesure.ESSAI_ENCADRE, 14, false, TOUS_LES_ACCORDS);
        Demande second = demande(TypeMesure.ESSAI_ENCADRE, 14, false, TOUS_LES_ACCORDS);

        assertThat(verifier(demande(TypeMesure.ESSAI_ENCADRE, 1, false, TOUS_LES_ACCORDS), premier, second))
                .extracting(Probleme::message).containsExactly(
                        "essai encadré : 2 renouvellements sur cet arrêt, 1 au plus",
                        "renouvellement : 29 jours au total sur cet arrêt, 28 au plus");
    }

    @Test
    void an_updated_catalogue_changes_the_outcome() {
        RegleMesure nouvelleLoi = new RegleMesure(TypeMesure.ESSAI_ENCADRE, UniteDuree.JOURS_OUVRABLES, 20, 1, 40,
                Set.of(), Set.of(), null, null, false, "loi de 2027");
        VerificationMesure apresLaLoi = new VerificationMesure(CatalogueMesures.parDefaut().avec(nouvelleLoi));
        Demande seize = demande(TypeMesure.ESSAI_ENCADRE, 16, false, Set.of());

        assertThat(verifier(seize)).isNotEmpty();
        assertThat(apresLaLoi.verifier(seize, situation, assure(StatutAssure.SALARIE), List.of())).isEmpty();
    }

    @Test
    void the_default_catalogue_covers_every_measure() {
        assertThat(CatalogueMesures.parDefaut().regles()).extracting(RegleMesure::mesure)
                .containsExactlyInAnyOrder(TypeMesure.values());
        assertThat(CatalogueMesures.parDefaut().regle(TypeMesure.BILAN_COMPETENCES).dureeMax()).isEqualTo(24);
        assertThat(CatalogueMesures.parDefaut().regle(TypeMesure.CRPE).dureeMax()).isEqualTo(18);
    }
}
