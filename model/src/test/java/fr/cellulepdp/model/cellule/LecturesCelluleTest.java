package fr.cellulepdp.model.cellule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.demo.ChargerDonneesDemo;
import fr.cellulepdp.model.memoire.StockageEnMemoire;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What the screens and commands read of the cell, each checked against who acts, and the session's fallback. */
class LecturesCelluleTest {

    private static final Horloge HORLOGE = Horloge.fixe(Instant.parse("2026-11-30T14:00:00Z"));

    private final StockageEnMemoire base = new StockageEnMemoire();
    private final SessionDeTest session = new SessionDeTest(new Utilisateur(null, "partenaire", Role.PARTENAIRE));

    @Test
    void any_account_logged_in_reads_the_cell_set_up_and_nobody_once_logged_out() {
        ParametrerCellule cellule = new ParametrerCellule(base, HORLOGE, session);
        assertThatThrownBy(cellule::renseignee).isInstanceOf(SaisieInvalideException.class)
                .hasMessageContaining("la cellule n'est pas encore renseignée");
        demo();

        assertThat(cellule.renseignee()).isEqualTo(base.cellules().existante().orElseThrow());
        session.devient(null);
        assertThatThrownBy(cellule::renseignee).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void only_the_coordinatrice_reads_the_cell_to_make_a_trial_certificate_for() {
        demo();
        ParametrerDocuments documents = new ParametrerDocuments(base, HORLOGE, session);
        for (Role role : new Role[] {Role.PARTENAIRE, Role.REFERENT_SOCIAL, Role.REFERENT_MEDICAL,
                Role.REFERENT_ADMINISTRATIF}) {
            session.devient(new Utilisateur(null, "autre", role));
            assertThatThrownBy(documents::celluleACertifier).isInstanceOf(SaisieInvalideException.class)
                    .hasMessageContaining("seule la coordinatrice crée un certificat d'essai");
        }
        session.devient(new Utilisateur(null, "coordinatrice", Role.COORDINATRICE));
        assertThat(documents.celluleACertifier().signataire()).isNotBlank();
    }

    @Test
    void before_the_first_account_the_cell_s_active_coordinatrice_acts() {
        CoordinatriceAvantLesComptes avant = new CoordinatriceAvantLesComptes(base, base.comptes()::count);
        assertThat(avant.utilisateur()).isEmpty();
        demo();

        Membre coordinatrice = base.membres().findAll().stream().filter(m -> m.role() == Role.COORDINATRICE)
                .findFirst().orElseThrow();
        assertThat(avant.utilisateur()).contains(new Utilisateur(coordinatrice.id(), "coordinatrice",
                Role.COORDINATRICE));
        base.membres().save(coordinatrice.avecActif(false));
        assertThat(avant.utilisateur()).as("an inactive coordinatrice does not act").isEmpty();
    }

    @Test
    void once_an_account_exists_nobody_acts_without_logging_in() {
        demo();
        CoordinatriceAvantLesComptes avant = new CoordinatriceAvantLesComptes(base, base.comptes()::count);
        base.comptes().save(new fr.cellulepdp.model.compte.Compte(java.util.UUID.randomUUID(), 0, "h.martinel", null,
                Role.COORDINATRICE, "argon2", true, 0, null));

        assertThatThrownBy(avant::utilisateur).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("connectez-vous");
    }

    private void demo() {
        new ChargerDonneesDemo(base, Utilisateur::systeme).executer(LocalDate.of(2026, 11, 23));
    }
}
