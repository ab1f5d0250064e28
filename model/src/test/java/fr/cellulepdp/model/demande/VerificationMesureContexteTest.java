package fr.cellulepdp.model.demande;

import fr.cellulepdp.model.mesure.CatalogueMesures;
import fr.cellulepdp.model.mesure.RegleMesure;
import fr.cellulepdp.model.mesure.TypeMesure;
import fr.cellulepdp.model.mesure.UniteDuree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Rule checks that depend on the context: the sick leave, the person, earlier requests, the catalogue. */
class VerificationMesureContexteTest {

    private static final Set<AccordMedical> TOUS_LES_ACCORDS = Set.of(AccordMedical.values());
    private static final LocalDate DEBUT_ARRET = LocalDate.of(2026, 6, 1);
    private static final LocalDate FIN_ARRET = LocalDate.of(2026, 12, 31);
    private static final LocalDate DATE_DEMANDE = LocalDate.of(2026, 9, 1);

    private final Situation situation = new Situation(UUID.randomUUID(), 0, "PDP-2026-0001", UUID.randomUUID(), null,
            LocalDate.of(2026, 8, 1), Origine.MEDECIN_TRAVAIL, Risque.ACCIDENT_TRAVAIL, DEBUT_ARRET, FIN_ARRET, null,
            null, null, "", "", null, null, null, "");
    private final VerificationMesure verification = new VerificationMesure(CatalogueMesures.parDefaut());

    private static Assure assure(StatutAssure statut) {
        return new Assure(UUID.randomUUID(), 0, Nir.de("269054958815780"), "N", "P", null, null, null, "", "",
                statut, null, "");
    }

    private Demande demande(TypeMesure mesure, LocalDate dateDemande, LocalDate debut, LocalDate fin, Integer duree,
                            BigDecimal cout, Set<AccordMedical> accords, StatutDemande statut) {
        return new Demande(UUID.randomUUID(), 0, situation.id(), mesure, "", dateDemande, null, "", "", debut, fin,
                duree, false, cout, "", "", accords, statut);
    }

    private Demande parDates(TypeMesure mesure, LocalDate debut, LocalDate fin, Set<AccordMedical> accords) {
        return demande(mesure, DATE_DEMANDE, debut, fin, null, null, accords, StatutDemande.A_ETUDIER);
    }

    private Demande parDuree(TypeMesure mesure, int duree, Set<AccordMedical> accords) {
        return demande(mesure, DATE_DEMANDE, null, null, duree, null, accords, StatutDemande.A_ETUDIER);
    }

    private List<Probleme> verifier(Demande demande, Demande... autres) {
        return verification.verifier(demande, situation, assure(StatutAssure.SALARIE), List.of(autres));
    }

    @Test
    void an_essai_starting_before_the_sick_leave_is_refused_on_the_dates() {
        // Saturday 30 May to Friday 5 June 2026: 6 working days, well under 14
        Demande avant = parDates(TypeMesure.ESSAI_ENCADRE, LocalDate.of(2026, 5, 30), LocalDate.of(2026, 6, 5),
                TOUS_LES_ACCORDS);

        assertThat(verifier(avant)).containsExactly(new Probleme("dates",
                "essai encadré : débute le 30/05/2026, avant le début de l'arrêt de travail (01/06/2026)"));
    }

    @Test
    void an_essai_on_the_first_and_last_days_of_the_sick_leave_passes() {
        assertThat(verifier(parDates(TypeMesure.ESSAI_ENCADRE, DEBUT_ARRET, DEBUT_ARRET.plusDays(6),
                TOUS_LES_ACCORDS))).isEmpty();
        assertThat(verifier(parDates(TypeMesure.ESSAI_ENCADRE, FIN_ARRET.minusDays(6), FIN_ARRET, TOUS_LES_ACCORDS)))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = TypeMesure.class, names = {"FORMATION", "VAE"})
    void training_and_vae_must_end_within_the_sick_leave(TypeMesure mesure) {
        Demande dedans = parDates(mesure, LocalDate.of(2026, 12, 1), FIN_ARRET, Set.of(AccordMedical.MEDECIN_TRAITANT));
        Demande apres = parDates(mesure, LocalDate.of(2026, 12, 1), FIN_ARRET.plusDays(1),
                Set.of(AccordMedical.MEDECIN_TRAITANT));

        assertThat(verifier(dedans)).isEmpty();
        assertThat(verifier(apres)).singleElement().satisfies(probleme -> {
            assertThat(probleme.champ()).isEqualTo("dates");
            assertThat(probleme.message()).contains("finit le 01/01/2027")
                    .contains("après la fin prévue de l'arrêt de travail (31/12/2026)");
        });
    }

    @ParameterizedTest
    @EnumSource(value = TypeMesure.class, names = {"FORMATION", "VAE"})
    void training_and_vae_need_the_treating_doctor(TypeMesure mesure) {
        assertThat(verifier(parDuree(mesure, 10, Set.of(AccordMedical.MEDECIN_CONSEIL))))
                .containsExactly(new Probleme("accords médicaux", "accord du médecin traitant manquant"));
    }

    @Test
    void a_skills_assessment_need_not_fit_within_the_sick_leave() {
        Demande bilan = demande(TypeMesure.BILAN_COMPETENCES, DATE_DEMANDE, LocalDate.of(2026, 12, 15),
                LocalDate.of(2027, 2, 15), 24, null, Set.of(), StatutDemande.A_ETUDIER);

        assertThat(verifier(bilan)).isEmpty();
    }

    @Test
    void a_skills_assessment_over_24_hours_is_explained_in_feminine_hours() {
        assertThat(verifier(parDuree(TypeMesure.BILAN_COMPETENCES, 24, Set.of()))).isEmpty();
        assertThat(verifier(parDuree(TypeMesure.BILAN_COMPETENCES, 25, Set.of()))).containsExactly(
                new Probleme("durée", "bilan de compétences : 25 heures demandées, 24 au plus"));
    }

    @Test
    void inverted_dates_are_one_problem_and_no_length_is_made_up_from_them() {
        Demande inversee = parDates(TypeMesure.ESSAI_ENCADRE, LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 1),
                TOUS_LES_ACCORDS);

        assertThat(verifier(inversee)).containsExactly(
                new Probleme("dates", "la date de fin (01/10/2026) précède la date de début (10/10/2026)"));
    }

    @Test
    void an_essai_of_14_working_days_by_its_dates_passes_and_15_is_refused() {
        // Monday 2 to Tuesday 17 November 2026: 16 days, minus 2 Sundays and 11 November = 13; one more day is 14
        Demande quatorze = parDates(TypeMesure.ESSAI_ENCADRE, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 18),
                TOUS_LES_ACCORDS);
        Demande quinze = parDates(TypeMesure.ESSAI_ENCADRE, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 19),
                TOUS_LES_ACCORDS);

        assertThat(verifier(quatorze)).isEmpty();
        assertThat(verifier(quinze))
                .containsExactly(new Probleme("durée", "essai encadré : 15 jours ouvrables demandés, 14 au plus"));
    }

    @Test
    void the_total_counts_an_earlier_essai_given_by_its_dates() {
        Demande premier = parDates(TypeMesure.ESSAI_ENCADRE, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 18),
                TOUS_LES_ACCORDS);

        assertThat(verifier(parDuree(TypeMesure.ESSAI_ENCADRE, 14, TOUS_LES_ACCORDS), premier)).isEmpty();
        assertThat(verifier(parDuree(TypeMesure.ESSAI_ENCADRE, 15, TOUS_LES_ACCORDS), premier)).containsExactly(
                new Probleme("durée", "essai encadré : 15 jours ouvrables demandés, 14 au plus"),
                new Probleme("durée", "renouvellement : 29 jours au total sur cet arrêt, 28 au plus"));
    }

    @Test
    void the_request_itself_among_the_other_requests_is_not_counted_twice() {
        Demande essai = parDuree(TypeMesure.ESSAI_ENCADRE, 14, TOUS_LES_ACCORDS);
        Demande modifiee = new Demande(essai.id(), 1, essai.situationId(), essai.mesure(), "", essai.dateDemande(),
                null, "", "", null, null, 14, false, null, "", "", TOUS_LES_ACCORDS, StatutDemande.A_ETUDIER);

        assertThat(verifier(modifiee, essai)).isEmpty();
    }

    @Test
    void a_withdrawn_essai_leaves_room_for_a_new_one() {
        Demande retiree = demande(TypeMesure.ESSAI_ENCADRE, LocalDate.of(2026, 7, 1), null, null, 14, null,
                TOUS_LES_ACCORDS, StatutDemande.RETIREE);
        Demande premier = parDuree(TypeMesure.ESSAI_ENCADRE, 14, TOUS_LES_ACCORDS);

        assertThat(verifier(parDuree(TypeMesure.ESSAI_ENCADRE, 14, TOUS_LES_ACCORDS), retiree, premier)).isEmpty();
    }

    @Test
    void a_pmsmp_is_renewable_once_for_two_months_in_total() {
        Demande premiere = parDuree(TypeMesure.PMSMP, 1, Set.of());
        Demande renouvelee = parDuree(TypeMesure.PMSMP, 1, Set.of());

        assertThat(verifier(parDuree(TypeMesure.PMSMP, 1, Set.of()), premiere)).isEmpty();
        assertThat(verifier(parDuree(TypeMesure.PMSMP, 2, Set.of()))).extracting(Probleme::champ)
                .containsExactly("durée");
        assertThat(verifier(parDuree(TypeMesure.PMSMP, 1, Set.of()), premiere, renouvelee))
                .extracting(Probleme::champ).containsExactly("renouvellement", "durée");
    }

    @Test
    void a_liaison_meeting_needs_more_than_30_days_of_sick_leave_at_the_request_date() {
        Demande trenteJours = demande(TypeMesure.RENDEZ_VOUS_LIAISON, DEBUT_ARRET.plusDays(29), null, null, null,
                null, Set.of(), StatutDemande.A_ETUDIER);
        Demande trenteEtUnJours = demande(TypeMesure.RENDEZ_VOUS_LIAISON, DEBUT_ARRET.plusDays(30), null, null, null,
                null, Set.of(), StatutDemande.A_ETUDIER);

        assertThat(verifier(trenteJours)).containsExactly(new Probleme("mesure",
                "rendez-vous de liaison : 30 jours d'arrêt à la date de la demande, plus de 30 exigés"));
        assertThat(verifier(trenteEtUnJours)).isEmpty();
    }

    @Test
    void a_liaison_meeting_without_a_sick_leave_start_asks_for_it() {
        Situation sansDebut = new Situation(situation.id(), 0, "PDP-2026-0002", situation.assureId(), null,
                LocalDate.of(2026, 8, 1), Origine.ASSURE, Risque.MALADIE, null, null, null, null, null, "", "", null,
                null, null, "");
        Demande rdv = parDuree(TypeMesure.RENDEZ_VOUS_LIAISON, 1, Set.of());

        assertThat(verification.verifier(rdv, sansDebut, assure(StatutAssure.SALARIE), List.of()))
                .singleElement().extracting(Probleme::champ).isEqualTo("mesure");
    }

    @Test
    void consultations_cost_at_most_60_euros_each() {
        Assure independant = assure(StatutAssure.TRAVAILLEUR_INDEPENDANT);
        Demande auPlafond = demande(TypeMesure.CONSULTATION_MEDICO_PRO, DATE_DEMANDE, null, null, 2,
                new BigDecimal("120.00"), Set.of(), StatutDemande.A_ETUDIER);
        Demande auDela = demande(TypeMesure.CONSULTATION_MEDICO_PRO, DATE_DEMANDE, null, null, 2,
                new BigDecimal("120.01"), Set.of(), StatutDemande.A_ETUDIER);
        Demande quatre = demande(TypeMesure.CONSULTATION_MEDICO_PRO, DATE_DEMANDE, null, null, 4, null, Set.of(),
                StatutDemande.A_ETUDIER);

        assertThat(verification.verifier(auPlafond, situation, independant, List.of())).isEmpty();
        assertThat(verification.verifier(auDela, situation, independant, List.of())).containsExactly(new Probleme(
                "coût", "consultation médico-professionnelle : 120,01\u00a0€ demandés, 120,00\u00a0€ au plus (2 × 60,00\u00a0€)"));
        assertThat(verification.verifier(quatre, situation, independant, List.of())).containsExactly(
                new Probleme("durée", "consultation médico-professionnelle : 4 consultations demandées, 3 au plus"));
    }

    @ParameterizedTest
    @EnumSource(value = StatutAssure.class, names = "TRAVAILLEUR_INDEPENDANT", mode = EnumSource.Mode.EXCLUDE)
    void consultations_are_refused_to_anyone_not_self_employed(StatutAssure statut) {
        Demande consultation = parDuree(TypeMesure.CONSULTATION_MEDICO_PRO, 1, Set.of());

        assertThat(verification.verifier(consultation, situation, assure(statut), List.of())).singleElement()
                .satisfies(probleme -> {
                    assertThat(probleme.champ()).isEqualTo(VerificationMesure.ELIGIBILITE);
                    assertThat(probleme.message()).startsWith("consultation médico-professionnelle : mesure réservée")
                            .contains("« travailleur indépendant »");
                });
    }

    @Test
    void each_missing_agreement_is_named_in_french() {
        assertThat(verifier(parDuree(TypeMesure.ESSAI_ENCADRE, 5, Set.of()))).extracting(Probleme::champ, Probleme::message)
                .containsExactly(
                        tuple("accords médicaux", "accord du médecin traitant manquant"),
                        tuple("accords médicaux", "accord du médecin-conseil manquant"),
                        tuple("accords médicaux", "accord du médecin du travail manquant"));
    }

    @Test
    void other_actions_and_followed_measures_have_no_limit() {
        Demande autre = parDates(TypeMesure.AUTRE, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), Set.of());
        // seed 003: at the médecin traitant's initiative, with the médecin-conseil's and the médecin du travail's
        Demande mitemps = parDuree(TypeMesure.TEMPS_PARTIEL_THERAPEUTIQUE, 12, Set.of(AccordMedical.values()));

        assertThat(verifier(autre)).isEmpty();
        assertThat(verifier(mitemps)).isEmpty();
    }

    @Test
    void a_temps_partiel_therapeutique_needs_the_employers_agreement_when_the_person_has_an_employer() {
        // seed 003: « avec l'accord du médecin conseil, du médecin du travail et de l'employeur »
        Demande sansEmployeur = parDuree(TypeMesure.TEMPS_PARTIEL_THERAPEUTIQUE, 3, Set.of(
                AccordMedical.MEDECIN_TRAITANT, AccordMedical.MEDECIN_CONSEIL, AccordMedical.MEDECIN_TRAVAIL));

        assertThat(CatalogueMesures.parDefaut().regle(TypeMesure.TEMPS_PARTIEL_THERAPEUTIQUE).accordsRequis())
                .contains(AccordMedical.EMPLOYEUR);
        assertThat(verifier(sansEmployeur)).containsExactly(new Probleme("accords", "accord de l’employeur manquant"));
        assertThat(verification.verifier(sansEmployeur, situation, assure(StatutAssure.INVALIDE_EN_ACTIVITE),
                List.of())).containsExactly(new Probleme("accords", "accord de l’employeur manquant"));
        assertThat(verification.verifier(sansEmployeur, situation, assure(StatutAssure.TRAVAILLEUR_INDEPENDANT),
                List.of())).as("un travailleur indépendant n'a pas d'employeur").isEmpty();
    }

    @Test
    void a_catalogue_updated_by_the_cell_changes_which_agreements_and_people_qualify() {
        CatalogueMesures parDefaut = CatalogueMesures.parDefaut();
        RegleMesure formation = parDefaut.regle(TypeMesure.FORMATION);
        RegleMesure consultation = parDefaut.regle(TypeMesure.CONSULTATION_MEDICO_PRO);
        CatalogueMesures misAJour = parDefaut
                .avec(new RegleMesure(TypeMesure.FORMATION, formation.unite(), formation.dureeMax(),
                        formation.renouvellementsMax(), formation.dureeMaxTotaleParArret(),
                        Set.of(AccordMedical.MEDECIN_TRAITANT, AccordMedical.MEDECIN_TRAVAIL),
                        formation.statutsEligibles(), null, null, false, formation.reference()))
                .avec(new RegleMesure(TypeMesure.CONSULTATION_MEDICO_PRO, consultation.unite(), 3, null, null,
                        Set.of(), Set.of(), null, consultation.coutUnitaireMax(), false, consultation.reference()));
        VerificationMesure apres = new VerificationMesure(misAJour);
        Demande formationAvecTraitant = parDuree(TypeMesure.FORMATION, 10, Set.of(AccordMedical.MEDECIN_TRAITANT));
        Demande consultationSalarie = parDuree(TypeMesure.CONSULTATION_MEDICO_PRO, 1, Set.of());
        Assure salarie = assure(StatutAssure.SALARIE);

        assertThat(verification.verifier(formationAvecTraitant, situation, salarie, List.of())).isEmpty();
        assertThat(apres.verifier(formationAvecTraitant, situation, salarie, List.of()))
                .containsExactly(new Probleme("accords médicaux", "accord du médecin du travail manquant"));
        assertThat(verification.verifier(consultationSalarie, situation, salarie, List.of())).isNotEmpty();
        assertThat(apres.verifier(consultationSalarie, situation, salarie, List.of())).isEmpty();
    }

    @Test
    void a_catalogue_allowing_no_renewal_refuses_a_second_essai() {
        RegleMesure sansRenouvellement = new RegleMesure(TypeMesure.ESSAI_ENCADRE, UniteDuree.JOURS_OUVRABLES, 14, 0,
                14, Set.of(), Set.of(), null, null, false, "");
        VerificationMesure stricte = new VerificationMesure(CatalogueMesures.parDefaut().avec(sansRenouvellement));
        Demande premier = parDuree(TypeMesure.ESSAI_ENCADRE, 5, Set.of());

        assertThat(stricte.verifier(parDuree(TypeMesure.ESSAI_ENCADRE, 5, Set.of()), situation,
                assure(StatutAssure.SALARIE), List.of(premier))).extracting(Probleme::champ)
                .containsExactly("renouvellement");
        assertThat(stricte.verifier(parDuree(TypeMesure.ESSAI_ENCADRE, 5, Set.of()), situation,
                assure(StatutAssure.SALARIE), List.of())).isEmpty();
    }
}
