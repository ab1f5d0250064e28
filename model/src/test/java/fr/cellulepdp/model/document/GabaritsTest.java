package fr.cellulepdp.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.decision.IssueDecision;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GabaritsTest {

    @Test
    void unknown_placeholders_are_named_once_in_order() {
        assertThat(Gabarits.inconnus("{{assure.nom}} {{assure.age}} {{ mesure.libelle }} {{x}} {{assure.age}}"))
                .containsExactly("assure.age", "x");
        assertThat(Gabarits.inconnus("Aucun champ, { simple accolade }")).isEmpty();
    }

    @Test
    void every_default_wording_uses_known_placeholders_only() {
        for (IssueDecision issue : IssueDecision.decisions()) {
            assertThat(Gabarits.parDefaut(issue)).as(issue.name()).isNotBlank();
            assertThat(Gabarits.inconnus(Gabarits.parDefaut(issue))).as(issue.name()).isEmpty();
        }
    }

    @Test
    void filling_replaces_values_and_leaves_out_a_line_whose_value_is_missing() {
        String modele = "Accord pour {{mesure.libelle}}, {{decision.periode}}.\nChez {{entreprise.nom}}.\n\nMerci.";

        assertThat(Gabarits.remplir(modele, Map.of("mesure.libelle", "essai encadré", "decision.periode",
                "du 2 au 13 novembre 2026", "entreprise.nom", "")))
                .containsExactly("Accord pour essai encadré, du 2 au 13 novembre 2026.", "Merci.");
        assertThat(Gabarits.remplir("Montant : {{x}} $1 \\\\ fin", Map.of("x", "10 $ \\\\")))
                .containsExactly("Montant : 10 $ \\\\ $1 \\\\ fin");
    }
}
