package fr.cellulepdp.app.indicateur;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.shell.SurDemoSansFenetre;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.model.indicateur.Indicateurs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Indicateurs page's figures, computed on the demo cell without a window, read as French numbers. */
class TuilesIndicateursTest extends SurDemoSansFenetre {

    @Test
    void the_tiles_and_the_national_values_read_with_a_comma_and_no_break_spaces() {
        List<Exception> erreurs = new ArrayList<>();
        ModeleIndicateurs modele = new ModeleIndicateurs(services.horloge(), services.bilans().calculerIndicateurs(),
                services.situations().listerSituations(), services.bilans().editerBilan(),
                services.bilans().exporterBilan(), services.session(),
                ExecuteurTaches.synchrone(), erreurs::add);
        modele.calculer();
        Indicateurs ind = modele.indicateursProperty().get();
        assertThat(erreurs).isEmpty();

        List<ModeleIndicateurs.Tuile> tuiles = ModeleIndicateurs.tuiles(ind);
        assertThat(tuiles).extracting(ModeleIndicateurs.Tuile::id).containsExactly("tuile-situations",
                "tuile-seances", "tuile-presence", "tuile-delai", "tuile-centile");
        assertThat(tuiles.get(0).valeur()).isEqualTo(Long.toString(ind.situationsEtudiees().valeur()));
        assertThat(tuiles.get(2).valeur()).as("« 88,1 % »").matches("\\d{1,3},\\d\u00a0%");
        assertThat(tuiles.get(3).valeur()).matches("\\d+(,\\d)?\u00a0j");
        assertThat(tuiles.get(3).detail().valeur()).isEqualTo(ind.delai().decisions());
        assertThat(ind.nationaux()).allSatisfy(n -> assertThat(ModeleIndicateurs.valeurNationale(n))
                .matches(n.calculable() ? "\\d{1,3}(\u202f\\d{3})*" : "non calculable"));
        assertThat(ind.bilan().lignes()).as("les montants du bilan").filteredOn(l -> l.figure().code().equals("M02"))
                .allSatisfy(l -> assertThat(l.actuel().texte()).matches("\\d{1,3}(\u202f\\d{3})*,\\d\\d\u00a0€"));
    }
}
