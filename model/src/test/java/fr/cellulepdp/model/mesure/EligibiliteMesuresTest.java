package fr.cellulepdp.model.mesure;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.mesure.AccordMedical;
import fr.cellulepdp.model.demande.VerificationMesure;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.demande.StatutDemande;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.Inaptitude;
import fr.cellulepdp.model.situation.Nir;
import fr.cellulepdp.model.situation.Reconnaissances;
import fr.cellulepdp.model.situation.StatutAssure;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who each measure is open to (seeds 000–003 and DESIGN.md §4), and the French message when the person is not. */
class EligibiliteMesuresTest {

    private static final LocalDate DEMANDE = LocalDate.of(2026, 9, 1);
    private final VerificationMesure verification = new VerificationMesure(CatalogueMesures.parDefaut());

    private static Assure personne(StatutAssure statut, Reconnaissances reconnaissances) {
        return new Assure(UUID.randomUUID(), 0, Nir.de("269054958815780"), "N", "P", null, null, null, "", "",
                statut, null, "", reconnaissances);
    }

    private static Demande demande(TypeMesure mesure) {
        return new Demande(UUID.randomUUID(), 0, UUID.randomUUID(), mesure, "", DEMANDE, null, "", "", null, null,
                null, false, null, "", "", Set.of(AccordMedical.values()), StatutDemande.A_ETUDIER);
    }

    private List<Probleme> eligibilite(TypeMesure mesure, StatutAssure statut, Reconnaissances r) {
        return verification.eligibilite(demande(mesure), personne(statut, r));
    }

    @Test
    void l_essai_encadre_est_pour_les_salaries_comme_le_dit_le_bilan_2020() {
        assertThat(eligibilite(TypeMesure.ESSAI_ENCADRE, StatutAssure.SALARIE, Reconnaissances.AUCUNE)).isEmpty();
        assertThat(eligibilite(TypeMesure.ESSAI_ENCADRE, StatutAssure.INVALIDE_EN_ACTIVITE, Reconnaissances.AUCUNE))
                .isEmpty();
        assertThat(eligibilite(TypeMesure.ESSAI_ENCADRE, StatutAssure.DEMANDEUR_EMPLOI, Reconnaissances.AUCUNE))
                .containsExactly(new Probleme(VerificationMesure.ELIGIBILITE, "essai encadré : mesure réservée aux "
                        + "personnes au statut « salarié(e), invalide en activité » ; la personne est « demandeur "
                        + "d'emploi »"));
        assertThat(eligibilite(TypeMesure.ESSAI_ENCADRE, StatutAssure.TRAVAILLEUR_INDEPENDANT,
                Reconnaissances.AUCUNE)).hasSize(1);
    }

    @Test
    void la_crpe_demande_une_rqth_un_titre_boeth_une_inaptitude_ou_un_risque_signale() {
        assertThat(eligibilite(TypeMesure.CRPE, StatutAssure.SALARIE, Reconnaissances.AUCUNE))
                .containsExactly(new Probleme(VerificationMesure.ELIGIBILITE, "convention de rééducation "
                        + "professionnelle en entreprise : il faut une RQTH en cours de validité, un titre de "
                        + "bénéficiaire de l’obligation d’emploi (BOETH), une inaptitude déclarée par le médecin du "
                        + "travail ou un risque d’inaptitude signalé par le médecin du travail au 01/09/2026 ; rien de "
                        + "tel n’est enregistré sur la fiche de la personne (rubrique « Handicap et aptitude »)"));
        Reconnaissances rqth = new Reconnaissances(DEMANDE.minusYears(1), DEMANDE.plusYears(4), null, null, null, null);
        Reconnaissances rqthEchue = new Reconnaissances(DEMANDE.minusYears(5), DEMANDE.minusDays(1), null, null, null,
                null);
        Reconnaissances boeth = new Reconnaissances(null, null, DEMANDE.minusYears(2), null, null, null);
        Reconnaissances risque = new Reconnaissances(null, null, null, null, Inaptitude.RISQUE, DEMANDE.minusDays(10));
        Reconnaissances risqueApres = new Reconnaissances(null, null, null, null, Inaptitude.RISQUE,
                DEMANDE.plusDays(10));
        Reconnaissances inapte = new Reconnaissances(null, null, null, null, Inaptitude.DECLAREE, null);
        for (Reconnaissances ouvre : List.of(rqth, boeth, risque, inapte)) {
            assertThat(eligibilite(TypeMesure.CRPE, StatutAssure.SALARIE, ouvre)).as(ouvre.toString()).isEmpty();
        }
        assertThat(eligibilite(TypeMesure.CRPE, StatutAssure.SALARIE, rqthEchue)).as("RQTH échue").hasSize(1);
        assertThat(eligibilite(TypeMesure.CRPE, StatutAssure.SALARIE, risqueApres)).as("risque signalé après")
                .hasSize(1);
        assertThat(eligibilite(TypeMesure.CRPE, StatutAssure.DEMANDEUR_EMPLOI, rqth)).as("pas d'employeur")
                .hasSize(1);
    }

    @Test
    void les_esp_r_et_o_suivent_l_orientation_de_la_cdaph_qui_va_avec_la_rqth() {
        Reconnaissances rqth = new Reconnaissances(DEMANDE.minusYears(1), null, null, null, null, null);
        Reconnaissances risque = new Reconnaissances(null, null, null, null, Inaptitude.RISQUE, null);
        for (TypeMesure mesure : List.of(TypeMesure.FORMATION_ESPR, TypeMesure.PREORIENTATION_ESPO)) {
            assertThat(eligibilite(mesure, StatutAssure.DEMANDEUR_EMPLOI, rqth)).as(mesure.name()).isEmpty();
            assertThat(eligibilite(mesure, StatutAssure.SALARIE, risque)).as(mesure.name())
                    .singleElement().extracting(Probleme::message).asString().contains("il faut une RQTH");
        }
    }

    @Test
    void le_temps_partiel_therapeutique_demande_la_prescription_et_les_accords_du_bilan_2020() {
        RegleMesure tpt = CatalogueMesures.parDefaut().regle(TypeMesure.TEMPS_PARTIEL_THERAPEUTIQUE);
        // seed 003: « avec l'accord du médecin conseil, du médecin du travail et de l'employeur »
        assertThat(tpt.accordsRequis()).containsExactlyInAnyOrder(AccordMedical.MEDECIN_TRAITANT,
                AccordMedical.MEDECIN_CONSEIL, AccordMedical.MEDECIN_TRAVAIL, AccordMedical.EMPLOYEUR);
        assertThat(tpt.suiviSeulement()).isTrue();
        assertThat(eligibilite(TypeMesure.TEMPS_PARTIEL_THERAPEUTIQUE, StatutAssure.DEMANDEUR_EMPLOI,
                Reconnaissances.AUCUNE)).hasSize(1);
    }

    @Test
    void le_catalogue_des_graines_decide_les_mesures_financees_et_suit_les_droits() {
        CatalogueMesures catalogue = CatalogueMesures.parDefaut();
        for (TypeMesure decidee : List.of(TypeMesure.ETUDE_POSTE, TypeMesure.AMENAGEMENT_POSTE,
                TypeMesure.FORMATION_ESPR, TypeMesure.PREORIENTATION_ESPO, TypeMesure.INCLUS_PRO)) {
            assertThat(catalogue.regle(decidee).suiviSeulement()).as(decidee.name()).isFalse();
            assertThat(catalogue.regle(decidee).reference()).as(decidee.name()).isNotBlank();
        }
        assertThat(TypeMesure.FORMATION_ESPR.libelle()).contains("ESPR, ex-CRP");
        assertThat(TypeMesure.PREORIENTATION_ESPO.libelle()).contains("ESPO, ex-PREO");
    }
}
