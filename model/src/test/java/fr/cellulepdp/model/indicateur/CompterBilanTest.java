package fr.cellulepdp.model.indicateur;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.indicateur.SourceIndicateurs.FaitDecision;
import fr.cellulepdp.model.indicateur.SourceIndicateurs.FaitPoint;
import fr.cellulepdp.model.indicateur.SourceIndicateurs.FaitSituation;
import fr.cellulepdp.model.mesure.TypeMesure;
import fr.cellulepdp.model.situation.Origine;
import fr.cellulepdp.model.situation.Risque;
import fr.cellulepdp.model.situation.Sexe;
import fr.cellulepdp.model.situation.StatutAssure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The facts the records of {@code SourceIndicateurs} cannot show in the persistence dataset, counted by hand. */
class CompterBilanTest {

    private static final Periode ANNEE = Periode.annee(2026);
    private static final UUID S1 = UUID.randomUUID();
    private static final UUID S2 = UUID.randomUUID();

    @Test
    void montants_accordes_et_couts_entreprise_de_l_essai_statut_et_suivi_conjoint() {
        List<FaitSituation> actives = List.of(
                situation(S1, Sexe.FEMININ, LocalDate.of(1980, 1, 1), StatutAssure.SALARIE, true),
                situation(S2, Sexe.MASCULIN, LocalDate.of(1990, 6, 15), StatutAssure.DEMANDEUR_EMPLOI, false));
        List<FaitDecision> decisions = List.of(
                decision(S1, TypeMesure.ESSAI_ENCADRE, IssueDecision.ACCORD, "2026-03-01", "120.50", "300.00", true),
                decision(S2, TypeMesure.ESSAI_ENCADRE, IssueDecision.ACCORD_SOUS_RESERVE, "2026-04-01", null, "99.99",
                        false),
                // a second essai for the same person: an accord and an amount, not a second person
                decision(S1, TypeMesure.ESSAI_ENCADRE, IssueDecision.ACCORD, "2026-05-01", "10", null, false),
                // a refusal's amount is not granted
                decision(S2, TypeMesure.BILAN_COMPETENCES, IssueDecision.REFUS, "2026-06-01", "500", "500", null));
        UUID seance = UUID.randomUUID();
        FaitsBilan faits = CompterBilan.compter(ANNEE, actives, decisions,
                List.of(new FaitPoint(seance, S1), new FaitPoint(UUID.randomUUID(), S1), new FaitPoint(seance, S2)));
        RevueBilan revue = new RevueBilan(ANNEE, RevueBilan.precedente(ANNEE), faits, faits);

        assertThat(faits.valeur("ACCORDS")).isEqualTo(3);
        assertThat(faits.valeur("ACCORDS_MISE_EN_SITUATION")).isEqualTo(3);
        assertThat(revue.ligne("M01").actuel().valeur()).isEqualTo(2.0);
        assertThat(revue.ligne("M02").actuel().texte()).isEqualTo("130,50\u00a0€");
        assertThat(revue.ligne("M03").actuel().texte()).isEqualTo("399,99\u00a0€");
        // essais: S1's first accord (1 March, 46 years, her employer) and S2's (1 April, 35 years, another company)
        assertThat(revue.ligne("E01").actuel().valeur()).isEqualTo(2.0);
        assertThat(revue.ligne("E04").actuel().valeur()).isEqualTo(40.5);
        assertThat(revue.ligne("E20").actuel().valeur()).isEqualTo(1.0);
        assertThat(revue.ligne("E21").actuel().valeur()).isEqualTo(1.0);
        assertThat(revue.ligne("P17").actuel().texte()).isEqualTo("50,0\u00a0%");
        assertThat(revue.ligne("P18").actuel().texte()).isEqualTo("50,0\u00a0%");
        assertThat(revue.ligne("C01").actuel().valeur()).isEqualTo(1.0);
        assertThat(revue.ligne("C02").actuel().valeur()).isEqualTo(2.0);
    }

    @Test
    void les_petits_effectifs_sont_masques_et_aucun_ne_se_deduit_d_un_total() {
        FaitsBilan.Compteur c = new FaitsBilan.Compteur();
        c.ajouter("PERS", 12);
        c.ajouter("PERS_FEMMES", 9);
        c.ajouter("PERS_HOMMES", 3);
        c.ajouter("PERS_FEMMES_AGE_CONNU", 9);
        c.ajouter("PERS_FEMMES_SOMME_AGES", 9 * 47);
        c.ajouter("PERS_HOMMES_AGE_CONNU", 3);
        c.ajouter("PERS_HOMMES_SOMME_AGES", 150);
        c.ajouter("PERS_AGE_26_45", 12);
        c.ajouter("PERS_STATUT_SALARIE", 12);
        c.ajouter("PERS_RISQUE_MALADIE", 12);
        c.ajouter("SITUATIONS_ETUDIEES", 5);
        c.mediane("AGE_MEDIAN_FEMMES", 47);
        FaitsBilan publies = SecretStatistique.masquer(c.faits());

        assertThat(publies.masques()).contains("PERS_HOMMES", "PERS_HOMMES_AGE_CONNU", "PERS_HOMMES_SOMME_AGES")
                .as("the women's count hidden with the men's, so 12 − 9 does not give 3").contains("PERS_FEMMES")
                .as("and the women's age count, which would give their total").contains("PERS_FEMMES_AGE_CONNU",
                        "PERS_FEMMES_SOMME_AGES")
                .doesNotContain("PERS", "SITUATIONS_ETUDIEES", "PERS_AGE_26_45");
        assertThat(publies.valeur("PERS_HOMMES")).as("a hidden value is not carried").isZero();
        assertThat(publies.medianes()).isEmpty();
        for (DefinitionsBilan.Groupe g : DefinitionsBilan.groupes()) {
            long caches = g.parties().stream().filter(publies::masque).count();
            if (!publies.masque(g.total())) {
                assertThat(caches).as(g.toString()).isNotEqualTo(1);
            } else if (c.faits().valeur(g.total()) > 0) {
                assertThat(caches).as(g.toString()).isPositive();
            }
        }
        RevueBilan revue = new RevueBilan(ANNEE, ANNEE, publies, publies);
        assertThat(revue.ligne("P03").actuel().texte()).isEqualTo("masqué");
        assertThat(revue.ligne("P07").actuel().texte()).isEqualTo("masqué");
        assertThat(revue.ligne("P01").actuel().texte()).isEqualTo("12");
    }

    private static FaitSituation situation(UUID id, Sexe sexe, LocalDate naissance, StatutAssure statut,
                                           boolean coSuivie) {
        return new FaitSituation(id, UUID.randomUUID(), true, Origine.SERVICE_MEDICAL, Risque.MALADIE, sexe, naissance,
                LocalDate.of(2026, 1, 10), null, null, statut, coSuivie);
    }

    private static FaitDecision decision(UUID situation, TypeMesure mesure, IssueDecision issue, String date,
                                         String montant, String cout, Boolean memeEntreprise) {
        return new FaitDecision(UUID.randomUUID(), situation, mesure, issue, LocalDate.parse(date),
                LocalDate.parse(date).minusDays(10), montant == null ? null : new BigDecimal(montant),
                cout == null ? null : new BigDecimal(cout), memeEntreprise);
    }
}
