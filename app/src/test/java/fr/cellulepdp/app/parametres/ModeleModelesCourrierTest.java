package fr.cellulepdp.app.parametres;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.shell.SurDemoSansFenetre;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.model.decision.IssueDecision;
import org.junit.jupiter.api.Test;

/** The letters' wording view model without a window, on the demo cell. */
class ModeleModelesCourrierTest extends SurDemoSansFenetre {

    @Test
    void the_accord_wording_first_an_unknown_placeholder_refused_by_name_keeping_the_text_then_one_saved() {
        ModeleModelesCourrier modele = new ModeleModelesCourrier(services.courriers().modelesCourrier(),
                ExecuteurTaches.synchrone());
        modele.actualiser();
        assertThat(modele.issue.get()).isEqualTo(IssueDecision.ACCORD);
        String accord = modele.texte.get();
        assertThat(accord).isNotBlank();

        modele.issue.set(IssueDecision.REFUS);
        String refus = modele.texte.get();
        assertThat(refus).isNotBlank().isNotEqualTo(accord);
        modele.texte.set("La cellule a refusé le {{mesure_inventee}}.");
        modele.enregistrer();
        assertThat(modele.etatProperty().get()).startsWith("Modèle refusé : ").contains("{{mesure_inventee}}");
        assertThat(modele.texte.get()).isEqualTo("La cellule a refusé le {{mesure_inventee}}.");

        modele.texte.set(refus + " Nous restons à votre disposition.");
        modele.enregistrer();
        assertThat(modele.etatProperty().get()).isEqualTo("Modèle enregistré.");
        modele.issue.set(IssueDecision.ACCORD);
        assertThat(modele.etatProperty().get()).isEmpty();
        modele.issue.set(IssueDecision.REFUS);
        assertThat(modele.texte.get()).endsWith("Nous restons à votre disposition.");
        assertThat(services.courriers().modelesCourrier().modeles().get(IssueDecision.REFUS))
                .endsWith("Nous restons à votre disposition.");
    }
}
