package fr.cellulepdp.model.indicateur;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.indicateur.Indicateurs.IndicateurNational;
import fr.cellulepdp.model.indicateur.SourceIndicateurs.FaitDecision;
import fr.cellulepdp.model.mesure.TypeMesure;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** R4 (CRP, now ESPR) and R5 (PREO, now ESPO) count the cell's accords on those measures, counted here by hand. */
class IndicateursR4R5Test {

    private static final LocalDate JOUR = LocalDate.of(2026, 5, 12);

    private static FaitDecision fait(UUID situation, TypeMesure mesure, IssueDecision issue) {
        return new FaitDecision(UUID.randomUUID(), situation, mesure, issue, JOUR, JOUR.minusDays(20), null, null, null);
    }

    private static IndicateurNational indicateur(String code, List<FaitDecision> decisions) {
        return IndicateursNationaux.calculer(List.of(), List.of(), decisions).stream()
                .filter(n -> n.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void r4_et_r5_comptent_les_accords_sur_les_formations_en_espr_et_les_orientations_en_espo() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        UUID d = UUID.randomUUID();
        UUID e = UUID.randomUUID();
        List<FaitDecision> decisions = List.of(
                fait(a, TypeMesure.FORMATION_ESPR, IssueDecision.ACCORD),
                fait(b, TypeMesure.FORMATION_ESPR, IssueDecision.ACCORD_SOUS_RESERVE),
                fait(c, TypeMesure.FORMATION_ESPR, IssueDecision.REFUS),
                fait(d, TypeMesure.PREORIENTATION_ESPO, IssueDecision.ACCORD),
                fait(e, TypeMesure.PREORIENTATION_ESPO, IssueDecision.AJOURNEMENT),
                fait(e, TypeMesure.FORMATION, IssueDecision.ACCORD),
                fait(c, TypeMesure.CRPE, IssueDecision.ACCORD));

        IndicateurNational r4 = indicateur("R4", decisions);
        IndicateurNational r5 = indicateur("R5", decisions);

        // R4: a and b (c refused); R5: d (e adjourned); the training during the sick leave and the CRPE elsewhere
        assertThat(r4.calculable()).isTrue();
        assertThat(r4.chiffre().valeur()).isEqualTo(2);
        assertThat(r4.chiffre().situations()).containsExactlyInAnyOrder(a, b);
        assertThat(r4.definition()).contains("ESPR, ex-CRP");
        assertThat(r5.chiffre().valeur()).isEqualTo(1);
        assertThat(r5.chiffre().situations()).containsExactly(d);
        assertThat(r5.definition()).contains("ESPO, ex-PREO");
        assertThat(indicateur("R1", decisions).chiffre().valeur()).isEqualTo(1);
        assertThat(indicateur("R3", decisions).chiffre().valeur()).isEqualTo(1);
    }
}
