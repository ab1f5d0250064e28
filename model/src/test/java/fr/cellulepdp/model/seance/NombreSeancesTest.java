package fr.cellulepdp.model.seance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.SessionDeTest;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.demo.ChargerDonneesDemo;
import fr.cellulepdp.model.memoire.StockageEnMemoire;
import org.junit.jupiter.api.Test;

/** How many meetings the cell has (the restore's summary): any account logged in sees the meetings' list. */
class NombreSeancesTest {

    @Test
    void any_account_logged_in_counts_the_meetings_nobody_once_logged_out() {
        StockageEnMemoire base = new StockageEnMemoire();
        new ChargerDonneesDemo(base, Utilisateur::systeme).executer(SeanceDeDemo.REFERENCE);
        SessionDeTest session = new SessionDeTest(new Utilisateur(null, "partenaire", Role.PARTENAIRE));
        ListerSeances lister = new ListerSeances(base, session);

        assertThat(lister.nombre()).isEqualTo(base.seances().count()).isPositive();
        session.devient(null);
        assertThatThrownBy(lister::nombre).isInstanceOf(IllegalStateException.class);
    }
}
