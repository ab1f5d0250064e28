package fr.cellulepdp.model.audit;

import fr.cellulepdp.model.commun.Transactions;
import fr.cellulepdp.model.memoire.StockageEnMemoire;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A trail in memory that a reading use case may only read by pages: a read of the whole trail fails the test, and
 * the largest page read is kept. Ten years of a cell are hundreds of thousands of entries, beyond the window's heap.
 */
final class JournalLuParPages implements JournalAudit {

    private final StockageEnMemoire base;
    private int lues;
    private int plusGrandePage;

    JournalLuParPages(StockageEnMemoire base) {
        this.base = base;
    }

    /** Writes {@code nombre} entries chained as {@link Audit} chains them; every third names a file opened. */
    static void remplir(StockageEnMemoire base, int nombre) {
        remplir(base, nombre, 0);
    }

    /** The same, entry {@code alteree} edited after it was written: its stored hash no longer matches its content. */
    static void remplir(StockageEnMemoire base, int nombre, long alteree) {
        String precedent = Audit.ORIGINE;
        for (long n = 1; n <= nombre; n++) {
            EvenementAudit e = new EvenementAudit(n, java.time.Instant.parse("2026-01-01T00:00:00Z").plusSeconds(n),
                    "helene.martinel", n % 3 == 0 ? "CONSULTATION" : "DECISION", "SITUATION", null, "", precedent, "");
            EvenementAudit chaine = e.avecHash(e.hashCalcule());
            base.journalAudit().append(n != alteree ? chaine : new EvenementAudit(n, chaine.horodatage(),
                    chaine.acteur(), chaine.action(), chaine.typeObjet(), null, "modifiée", precedent, chaine.hash()));
            precedent = chaine.hash();
        }
    }

    /** The store the use case is given: this trail, the rest of {@code base}. */
    StockageAudit stockage() {
        JournalAudit journal = this;
        return new StockageAudit() {
            @Override
            public Transactions transactions() {
                return base.transactions();
            }

            @Override
            public JournalAudit journalAudit() {
                return journal;
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
    }

    int lues() {
        return lues;
    }

    void remettreAZero() {
        lues = 0;
    }

    int plusGrandePage() {
        return plusGrandePage;
    }

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
    public List<EvenementAudit> parObjets(Set<UUID> objets) {
        return compter(base.journalAudit().parObjets(objets));
    }

    @Override
    public List<EvenementAudit> suivants(long apres, int nombre) {
        return compter(base.journalAudit().suivants(apres, nombre));
    }

    @Override
    public List<EvenementAudit> precedents(long avant, int nombre) {
        return compter(base.journalAudit().precedents(avant, nombre));
    }

    @Override
    public Optional<EvenementAudit> dernier() {
        return base.journalAudit().dernier();
    }

    private List<EvenementAudit> compter(List<EvenementAudit> page) {
        lues += page.size();
        plusGrandePage = Math.max(plusGrandePage, page.size());
        return page;
    }
}
