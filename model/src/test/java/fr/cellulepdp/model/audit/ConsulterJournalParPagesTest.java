package fr.cellulepdp.model.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Transactions;
import fr.cellulepdp.model.memoire.StockageEnMemoire;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The trail's screen reads the newest entries by pages, never the whole trail: ten years of a cell are hundreds of
 * thousands of entries, beyond the window's 256 MB heap.
 */
class ConsulterJournalParPagesTest {

    private static final Utilisateur COORDINATRICE = new Utilisateur(null, "coordinatrice", Role.COORDINATRICE);
    private static final int ENTREES = 5_000;

    private final StockageEnMemoire base = new StockageEnMemoire();
    private int lues;

    /** The trail of {@link #ENTREES} entries; every third names a file opened, the others a decision. */
    private ConsulterJournal journal() {
        for (long n = 1; n <= ENTREES; n++) {
            base.journalAudit().append(new EvenementAudit(n, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(n),
                    "helene.martinel", n % 3 == 0 ? "CONSULTATION" : "DECISION", "SITUATION", null, "", "h" + (n - 1),
                    "h" + n));
        }
        JournalAudit comptee = new JournalAudit() {
            @Override
            public EvenementAudit append(EvenementAudit evenement) {
                throw new AssertionError("reading the trail wrote to it");
            }

            @Override
            public List<EvenementAudit> findAll() {
                throw new AssertionError("the whole trail read at once");
            }

            @Override
            public List<EvenementAudit> parActions(Set<String> actions) {
                throw new AssertionError("the whole trail read at once");
            }

            @Override
            public List<EvenementAudit> precedents(long avant, int nombre) {
                List<EvenementAudit> page = base.journalAudit().precedents(avant, nombre);
                lues += page.size();
                return page;
            }

            @Override
            public Optional<EvenementAudit> dernier() {
                return base.journalAudit().dernier();
            }
        };
        StockageAudit stockage = new StockageAudit() {
            @Override
            public Transactions transactions() {
                return base.transactions();
            }

            @Override
            public JournalAudit journalAudit() {
                return comptee;
            }

            @Override
            public ClesDeSession clesDeSession() {
                return base.clesDeSession();
            }

            @Override
            public SceauJournal sceauJournal() {
                return base.sceauJournal();
            }
        };
        return new ConsulterJournal(stockage, () -> COORDINATRICE);
    }

    @Test
    void the_newest_entries_are_read_by_pages_not_the_whole_trail() {
        List<EvenementAudit> liste = journal().lister("");

        assertThat(liste).hasSize(ConsulterJournal.LIMITE);
        assertThat(liste.get(0).sequence()).isEqualTo(ENTREES);
        assertThat(liste).extracting(EvenementAudit::sequence).isSortedAccordingTo((a, b) -> Long.compare(b, a))
                .doesNotHaveDuplicates();
        assertThat(lues).isEqualTo(ConsulterJournal.LIMITE);
    }

    @Test
    void a_filter_reads_back_until_it_has_its_newest_matches_or_the_trail_s_beginning() {
        ConsulterJournal journal = journal();

        List<EvenementAudit> consultations = journal.lister("consultation");
        assertThat(consultations).hasSize(ENTREES / 3).allMatch(e -> e.action().equals("CONSULTATION"));
        assertThat(consultations.get(0).sequence()).isEqualTo(4_998);
        assertThat(consultations.get(consultations.size() - 1).sequence()).isEqualTo(3);

        lues = 0;
        List<EvenementAudit> decisions = journal.lister("decision");
        assertThat(decisions).hasSize(ConsulterJournal.LIMITE).allMatch(e -> e.action().equals("DECISION"));
        assertThat(decisions.get(0).sequence()).isEqualTo(ENTREES);
        assertThat(lues).isLessThan(ENTREES);
    }
}
