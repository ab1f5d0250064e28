package fr.cellulepdp.persistence.importation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.persistence.base.PlansH2;
import fr.cellulepdp.persistence.base.SurBaseTemporaire;
import org.junit.jupiter.api.Test;

/**
 * The open files of the IJ 60 days list, read each time the Situations page shows: from the index by origin and
 * status (V40), not by reading every file (3 s at ten years of data, in the window's background thread).
 */
class DossiersDeLaListeTest extends SurBaseTemporaire {

    @Test
    void the_open_files_of_the_list_are_a_range_of_the_index_by_origin_and_status() {
        PlansH2 plans = new PlansH2(base);

        assertThat(new DepotMisesADisposition(plans.contexte()).dossiersOuvertsDeLaListe()).isEmpty();

        assertThat(plans.plans("\"SITUATION\"")).hasSize(1).allSatisfy(plan -> assertThat(plan)
                .contains("IX_SITUATION_ORIGINE_STATUT"));
    }
}
