package fr.cellulepdp.app.parametres;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.shell.SurDemoSansFenetre;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.model.decision.MotifType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The standard phrases' view model without a window, on the demo cell. */
class ModeleMotifsTypesTest extends SurDemoSansFenetre {

    @Test
    void a_phrase_is_added_an_empty_one_refused_and_kept_typed_and_the_chosen_one_removed() {
        List<Exception> erreurs = new ArrayList<>();
        ModeleMotifsTypes modele = new ModeleMotifsTypes(services.seances().motifsTypes(), ExecuteurTaches.synchrone(),
                erreurs::add);
        modele.actualiser();
        int avant = modele.phrases().size();
        assertThat(modele.supprimableProperty().get()).isFalse();

        modele.nouvelle.set("Projet professionnel validé par le médecin du travail.");
        modele.ajouter();
        assertThat(modele.nouvelle.get()).isEmpty();
        assertThat(modele.phrases()).hasSize(avant + 1).extracting(MotifType::texte)
                .contains("Projet professionnel validé par le médecin du travail.");

        modele.nouvelle.set("   ");
        modele.ajouter();
        assertThat(erreurs).singleElement().asString().contains("le texte de la phrase est vide");
        assertThat(modele.nouvelle.get()).isEqualTo("   ");

        modele.choisie.set(modele.phrases().stream()
                .filter(m -> m.texte().startsWith("Projet professionnel validé")).findFirst().orElseThrow());
        assertThat(modele.supprimableProperty().get()).isTrue();
        modele.supprimer();
        assertThat(modele.phrases()).hasSize(avant).extracting(MotifType::texte)
                .doesNotContain("Projet professionnel validé par le médecin du travail.");
        assertThat(modele.supprimableProperty().get()).as("plus rien de choisi").isFalse();
    }
}
