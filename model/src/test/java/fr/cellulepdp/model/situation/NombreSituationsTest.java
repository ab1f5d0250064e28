package fr.cellulepdp.model.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.SessionDeTest;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.demo.ChargerDonneesDemo;
import fr.cellulepdp.model.memoire.StockageEnMemoire;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How many situations the whole cell holds (the restore's summary): its internal members' to know. */
class NombreSituationsTest {

    @Test
    void an_internal_member_counts_every_situation_a_partner_is_refused() {
        StockageEnMemoire base = new StockageEnMemoire();
        new ChargerDonneesDemo(base, Utilisateur::systeme).executer(LocalDate.of(2026, 11, 23));
        SessionDeTest session = new SessionDeTest(new Utilisateur(null, "admin", Role.REFERENT_ADMINISTRATIF));
        ListerSituations lister = new ListerSituations(base, session);

        assertThat(lister.nombre()).isEqualTo(base.situations().count()).isPositive();

        session.devient(new Utilisateur(null, "partenaire", Role.PARTENAIRE));
        assertThatThrownBy(lister::nombre).isInstanceOf(SaisieInvalideException.class)
                .hasMessageContaining("un partenaire");
        session.devient(null);
        assertThatThrownBy(lister::nombre).isInstanceOf(IllegalStateException.class);
    }
}
