package fr.cellulepdp.model.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.SessionDeTest;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.memoire.StockageEnMemoire;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The letters' fingerprints as the offline time-stamp completes their files: the coordinatrice's alone. */
class EmpreintesCourriersTest {

    private final StockageEnMemoire base = new StockageEnMemoire();
    private final SessionDeTest session = new SessionDeTest(new Utilisateur(null, "coordinatrice",
            Role.COORDINATRICE));
    private final EmpreintesCourriers empreintes = new EmpreintesCourriers(base, session);
    private Notification envoyee;
    private Notification enAttente;

    @BeforeEach
    void deuxCourriers() {
        UUID decision = UUID.randomUUID();
        envoyee = base.notifications().save(new Notification(UUID.randomUUID(), 0, decision, Destinataire.ASSURE,
                CanalEnvoi.EMAIL, null, "aaa", 0, null, null, "", "", null).envoyee(Instant.parse(
                "2026-12-01T10:00:00Z")));
        enAttente = base.notifications().save(new Notification(UUID.randomUUID(), 0, decision,
                Destinataire.EMPLOYEUR, CanalEnvoi.COURRIER, null, "bbb", 0, null, null, "", "", null));
    }

    @Test
    void the_coordinatrice_reads_the_letters_sent_and_records_a_waiting_letter_s_new_fingerprint() {
        assertThat(empreintes.envoyee("aaa")).isTrue();
        assertThat(empreintes.envoyee("bbb")).as("not sent yet").isFalse();
        assertThat(empreintes.envoyee("zzz")).isFalse();

        empreintes.remplacer("bbb", "ccc");

        assertThat(base.notifications().get(enAttente.id()).sha256()).isEqualTo("ccc");
        assertThat(base.notifications().get(envoyee.id()).sha256()).isEqualTo("aaa");
    }

    @Test
    void another_role_is_refused_and_changes_nothing() {
        for (Role role : new Role[] {Role.REFERENT_SOCIAL, Role.PARTENAIRE}) {
            session.devient(new Utilisateur(null, "autre", role));
            assertThatThrownBy(() -> empreintes.envoyee("aaa")).isInstanceOf(SaisieInvalideException.class)
                    .hasMessageContaining("seule la coordinatrice complète l'horodatage des documents");
            assertThatThrownBy(() -> empreintes.remplacer("bbb", "ccc")).isInstanceOf(SaisieInvalideException.class);
        }
        session.devient(null);
        assertThatThrownBy(() -> empreintes.remplacer("bbb", "ccc")).isInstanceOf(IllegalStateException.class);

        assertThat(base.notifications().get(enAttente.id()).sha256()).isEqualTo("bbb");
    }
}
