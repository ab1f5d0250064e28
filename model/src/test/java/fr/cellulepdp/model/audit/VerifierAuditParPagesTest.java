package fr.cellulepdp.model.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.memoire.StockageEnMemoire;
import org.junit.jupiter.api.Test;

/**
 * {@code verify-audit} walks the trail by pages and keeps only what the check needs: ten years of a cell are hundreds
 * of thousands of entries, which the window's 256 MB heap cannot hold at once.
 */
class VerifierAuditParPagesTest {

    private static final Utilisateur COORDINATRICE = new Utilisateur(null, "coordinatrice", Role.COORDINATRICE);
    private static final int ENTREES = 2 * VerifierAudit.PAGE + 345;

    private final StockageEnMemoire base = new StockageEnMemoire();
    private final JournalLuParPages lu = new JournalLuParPages(base);

    private VerifierAudit.Resultat verifier() {
        return new VerifierAudit(lu.stockage(), () -> COORDINATRICE).verifier();
    }

    @Test
    void an_intact_trail_is_checked_whole_a_page_at_a_time() {
        JournalLuParPages.remplir(base, ENTREES);

        VerifierAudit.Resultat resultat = verifier();

        assertThat(resultat.intact()).as(resultat.message()).isTrue();
        assertThat(resultat.entrees()).isEqualTo(ENTREES);
        assertThat(lu.lues()).isEqualTo(ENTREES);
        assertThat(lu.plusGrandePage()).isEqualTo(VerifierAudit.PAGE);
    }

    @Test
    void an_entry_edited_in_a_later_page_is_named_and_every_entry_still_counted() {
        long alteree = VerifierAudit.PAGE * 2L + 7;
        JournalLuParPages.remplir(base, ENTREES, alteree);

        VerifierAudit.Resultat resultat = verifier();

        assertThat(resultat.premiereRompue()).isEqualTo(alteree);
        assertThat(resultat.raison()).isEqualTo("son contenu a été modifié après son écriture.");
        assertThat(resultat.entrees()).isEqualTo(ENTREES);
    }
}
