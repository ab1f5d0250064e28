package fr.cellulepdp.persistence.compte;

import fr.cellulepdp.persistence.base.SurBaseTemporaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.compte.Compte;
import fr.cellulepdp.model.compte.SeConnecter;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A database from before attested roles: its accounts log in as before until the coordinatrice's next login, which
 * attests every account's role; from then on a role edited in the database is refused.
 */
class RolesAttestesTest extends SurBaseTemporaire {

    private static final Horloge HORLOGE = Horloge.fixe(Instant.parse("2026-11-23T09:00:00Z"));
    private static final HachageArgon2 HACHAGE = new HachageArgon2();
    private static final char[] MDP = "Cellule-PDP-2026!".toCharArray();

    @Test
    void the_coordinatrice_s_first_login_attests_the_roles_found_and_an_edit_after_it_is_refused() {
        Compte referent = base.comptes().save(new Compte(UUID.randomUUID(), 0, "paul.referent", null,
                Role.REFERENT_SOCIAL, HACHAGE.hacher(MDP), true, 0, null));
        base.comptes().save(new Compte(UUID.randomUUID(), 0, "helene.martinel", null, Role.COORDINATRICE,
                HACHAGE.hacher(MDP), true, 0, null));
        SeConnecter connexion = new SeConnecter(base, HACHAGE, HORLOGE);
        assertThat(connexion.connecter("paul.referent", MDP).role()).as("nothing attested yet")
                .isEqualTo(Role.REFERENT_SOCIAL);

        connexion.connecter("helene.martinel", MDP);
        base.comptes().save(base.comptes().get(referent.id()).avecRole(Role.REFERENT_MEDICAL));

        assertThatThrownBy(() -> connexion.connecter("paul.referent", MDP))
                .hasMessageContaining("le rôle de ce compte a été modifié hors de l'application");
    }
}
