package fr.cellulepdp.persistence.base;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.persistence.importation.DepotMisesADisposition;
import fr.cellulepdp.persistence.notification.DepotNotifications;
import fr.cellulepdp.model.suivi.CritereSuivis;
import fr.cellulepdp.persistence.suivi.DepotRappels;
import fr.cellulepdp.persistence.suivi.DepotSuivis;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What the window reads each time a page shows, read along indexes (V40, V41 and the status index of the letters), not by
 * reading whole tables: at ten years of data those readings kept the window's one background thread busy for
 * seconds, a search typed meanwhile waiting behind them (issue 22). H2's plans: the same readings run on PostgreSQL
 * through {@code ContratStockage}.
 */
@Tag("h2")
class ListesDeLaFenetreTest extends SurBaseTemporaire {

    @Test
    void the_open_files_of_the_ij60_list_are_a_range_of_the_index_by_origin_and_status() {
        PlansH2 plans = new PlansH2(base);

        assertThat(new DepotMisesADisposition(plans.contexte()).dossiersOuvertsDeLaListe()).isEmpty();

        assertThat(plans.plans("\"SITUATION\"")).singleElement().asString().contains("IX_SITUATION_ORIGINE_STATUT");
    }

    @Test
    void the_offer_letters_not_posted_are_the_null_range_of_their_posting_date() {
        PlansH2 plans = new PlansH2(base);

        assertThat(new DepotMisesADisposition(plans.contexte()).nonPostees()).isEmpty();

        assertThat(plans.plans("\"MISE_A_DISPOSITION\"")).first().asString().contains("IX_MISE_A_DISPOSITION_POSTE");
    }

    @Test
    void the_follow_ups_not_done_are_the_null_range_of_their_completion_date() {
        PlansH2 plans = new PlansH2(base);

        assertThat(new DepotSuivis(plans.contexte()).nonRealises()).isEmpty();

        assertThat(plans.plans("\"SUIVI\"")).first().asString().contains("IX_SUIVI_REALISE_ECHEANCE");
    }

    @Test
    void a_page_of_the_suivis_list_reads_along_the_due_dates_of_the_follow_ups_not_done() {
        PlansH2 plans = new PlansH2(base);

        assertThat(new DepotSuivis(plans.contexte()).deLaListe(new CritereSuivis(null, false, null, 200))
                .suivis()).isEmpty();

        assertThat(plans.envoyees()).as("the page's last due date, then the page (none after: nothing more)")
                .hasSize(2);
        assertThat(plans.plans("\"SUIVI\"")).allSatisfy(plan -> assertThat(plan)
                .contains("IX_SUIVI_REALISE_ECHEANCE").doesNotContainIgnoringCase("tableScan"));
    }

    @Test
    void a_round_of_sending_counts_the_reminders_not_sent_along_the_index_by_status() {
        PlansH2 plans = new PlansH2(base);

        assertThat(new DepotRappels(plans.contexte()).nombreNonEnvoyes()).isZero();

        assertThat(plans.plans("\"RAPPEL_SUIVIS\"")).singleElement().asString().contains("IX_RAPPEL_STATUT");
    }

    @Test
    void the_letters_of_a_document_time_stamped_later_are_read_along_the_index_of_the_fingerprints() {
        PlansH2 plans = new PlansH2(base);

        assertThat(new DepotNotifications(plans.contexte()).parEmpreinte("0".repeat(64))).isEmpty();

        assertThat(plans.plans("\"NOTIFICATION\"")).first().asString().contains("IX_NOTIFICATION_SHA256");
    }

    @Test
    void the_badge_counts_the_letters_not_sent_along_the_index_by_status() {
        PlansH2 plans = new PlansH2(base);

        assertThat(new DepotNotifications(plans.contexte()).nombreParCourrielNonEnvoyees()).isZero();

        assertThat(plans.plans("\"NOTIFICATION\"")).singleElement().asString().contains("IX_NOTIFICATION_STATUT");
    }
}
