package fr.cellulepdp.model.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.memoire.StockageEnMemoire;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The trail's screen reads the newest entries by pages, never the whole trail: ten years of a cell are hundreds of
 * thousands of entries, beyond the window's 256 MB heap.
 */
class ConsulterJournalParPagesTest {

    private static final Utilisateur COORDINATRICE = new Utilisateur(null, "coordinatrice", Role.COORDINATRICE);
    private static final int ENTREES = 5_000;

    private final StockageEnMemoire base = new StockageEnMemoire();
    private final JournalLuParPages lu = new JournalLuParPages(base);

    private ConsulterJournal journal() {
        JournalLuParPages.remplir(base, ENTREES);
        return new ConsulterJournal(lu.stockage(), () -> COORDINATRICE);
    }

    @Test
    void the_newest_entries_are_read_by_pages_not_the_whole_trail() {
        List<EvenementAudit> liste = journal().lister("");

        assertThat(liste).hasSize(ConsulterJournal.LIMITE);
        assertThat(liste.get(0).sequence()).isEqualTo(ENTREES);
        assertThat(liste).extracting(EvenementAudit::sequence).isSortedAccordingTo((a, b) -> Long.compare(b, a))
                .doesNotHaveDuplicates();
        assertThat(lu.lues()).isEqualTo(ConsulterJournal.LIMITE);
    }

    @Test
    void a_filter_reads_back_until_it_has_its_newest_matches_or_the_trail_s_beginning() {
        ConsulterJournal journal = journal();

        List<EvenementAudit> consultations = journal.lister("consultation");
        assertThat(consultations).hasSize(ENTREES / 3).allMatch(e -> e.action().equals("CONSULTATION"));
        assertThat(consultations.get(0).sequence()).isEqualTo(4_998);
        assertThat(consultations.get(consultations.size() - 1).sequence()).isEqualTo(3);

        lu.remettreAZero();
        List<EvenementAudit> decisions = journal.lister("decision");
        assertThat(decisions).hasSize(ConsulterJournal.LIMITE).allMatch(e -> e.action().equals("DECISION"));
        assertThat(decisions.get(0).sequence()).isEqualTo(ENTREES);
        assertThat(lu.lues()).isLessThan(ENTREES);
    }
}
