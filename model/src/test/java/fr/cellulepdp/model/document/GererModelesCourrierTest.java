package fr.cellulepdp.model.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.document.Gabarits;
import fr.cellulepdp.model.document.GererModelesCourrier;
import fr.cellulepdp.model.memoire.StockageEnMemoire;
import org.junit.jupiter.api.Test;

/** The letters' wording kept by the cell, on the in-memory store. */
class GererModelesCourrierTest {

    @Test
    void defaults_until_changed_then_the_saved_wording_and_an_unknown_placeholder_is_refused_by_name() {
        Utilisateur coordinatrice = new Utilisateur(null, "c", Role.COORDINATRICE);
        StockageEnMemoire base = new StockageEnMemoire();
        GererModelesCourrier modeles = new GererModelesCourrier(base, fr.cellulepdp.model.commun.Horloge.systeme(), () -> coordinatrice);
        assertThat(modeles.modeles()).containsEntry(IssueDecision.REFUS,
                Gabarits.parDefaut(IssueDecision.REFUS)).hasSize(IssueDecision.decisions().size());

        modeles.enregistrer(IssueDecision.REFUS, "Refus : {{decision.motifs}}");
        modeles.enregistrer(IssueDecision.REFUS, "Refusé : {{decision.motifs}}");

        assertThat(modeles.modeles().get(IssueDecision.REFUS)).isEqualTo("Refusé : {{decision.motifs}}");
        assertThatThrownBy(() -> modeles.enregistrer(IssueDecision.ACCORD,
                "Accord le {{date.accord}} pour {{assure.nom}} ({{age}})"))
                .hasMessageContaining("champs inconnus : {{date.accord}}, {{age}}")
                .hasMessageContaining("Champs possibles : {{assure.civilite}}");
        assertThat(modeles.modeles().get(IssueDecision.ACCORD))
                .isEqualTo(Gabarits.parDefaut(IssueDecision.ACCORD));
        assertThatThrownBy(() -> new GererModelesCourrier(base, fr.cellulepdp.model.commun.Horloge.systeme(), () -> new Utilisateur(null, "r", Role.REFERENT_SOCIAL)).enregistrer(IssueDecision.ACCORD, "x")).hasMessageContaining("seule la coordinatrice");
    }
}
