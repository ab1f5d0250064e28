package fr.cellulepdp.app.suivi;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.shell.SurDemoSansFenetre;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.model.suivi.Suivi;
import fr.cellulepdp.model.suivi.SuivreSuivis.LigneSuivi;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** « Suivi réalisé » without a window, on the demo cell: a refusal keeps the input, then the follow-up is done. */
class ModeleSuiviRealiseTest extends SurDemoSansFenetre {

    @Test
    void a_follow_up_without_a_note_is_refused_in_place_then_marked_done_today_with_its_note() {
        LigneSuivi ligne = services.situations().suivreSuivis().lister(null, false).lignes().get(0);
        ModeleSuiviRealise modele = new ModeleSuiviRealise(services.situations().suivreSuivis(),
                services.horloge().aujourdhui(), ExecuteurTaches.synchrone(), ligne);
        List<Suivi> faits = new ArrayList<>();
        assertThat(modele.date.get()).isEqualTo(LocalDate.of(2026, 11, 23));

        modele.note.set("  ");
        modele.enregistrer(faits::add);
        assertThat(modele.problemesProperty().get()).contains("Enregistrement refusé")
                .contains("indiquez en quelques mots ce qui a été fait");
        assertThat(faits).isEmpty();
        assertThat(services.stockage().suivis().get(ligne.id()).estRealise()).isFalse();

        modele.note.set("Employeur relancé.");
        modele.enregistrer(faits::add);
        assertThat(modele.problemesProperty().get()).isEmpty();
        assertThat(faits).singleElement().satisfies(s -> assertThat(s.note()).isEqualTo("Employeur relancé."));
        Suivi fait = services.stockage().suivis().get(ligne.id());
        assertThat(fait.realiseLe()).isEqualTo(LocalDate.of(2026, 11, 23));
    }
}
