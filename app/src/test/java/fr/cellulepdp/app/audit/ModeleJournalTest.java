package fr.cellulepdp.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.shell.SurDemoSansFenetre;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.model.audit.ConsulterJournal;
import fr.cellulepdp.model.audit.VerifierAudit;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.seance.PlanSeance;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Journal page's view model without a window, on the demo cell's audit trail. */
class ModeleJournalTest extends SurDemoSansFenetre {

    private final List<Exception> erreurs = new ArrayList<>();

    private ModeleJournal modele(Utilisateur utilisateur) {
        // the trail's use cases read the session they are built with: here, this person's
        return new ModeleJournal(new ConsulterJournal(services.stockage(), () -> utilisateur),
                new VerifierAudit(services.stockage(), () -> utilisateur), services.bilans().sceauxDesProcesVerbaux(),
                ExecuteurTaches.synchrone(), erreurs::add);
    }

    /** The demo is loaded by the application itself, unaudited: two meetings planned write the trail's entries. */
    @BeforeAll
    static void planifierDeuxSeances() {
        List<java.util.UUID> membres = services.stockage().membres().findAll().stream()
                .filter(fr.cellulepdp.model.cellule.Membre::actif).map(fr.cellulepdp.model.cellule.Membre::id)
                .toList();
        for (int semaines : new int[] {3, 5}) {
            services.seances().preparerSeance().planifier(new PlanSeance(null,
                    HORLOGE.aujourdhui().plusWeeks(semaines), LocalTime.of(14, 0), "Salle du conseil", "", null,
                    membres));
        }
    }

    @Test
    void the_coordinatrice_reads_the_trail_filters_it_and_checks_its_chain() {
        ModeleJournal modele = modele(services.utilisateur());
        modele.actualiser();
        int toutes = modele.liste().lignes().size();
        assertThat(toutes).isGreaterThanOrEqualTo(2);
        assertThat(modele.liste().resumeProperty().get()).isEqualTo(toutes + " entrées");
        assertThat(modele.liste().lignes().get(0).sequence()).as("la plus récente d'abord")
                .isGreaterThan(modele.liste().lignes().get(toutes - 1).sequence());

        modele.filtreProperty().set("texte-que-rien-ne-contient");
        assertThat(modele.liste().lignes()).as("le filtre compte à la lecture suivante").hasSize(toutes);
        modele.actualiser();
        assertThat(modele.liste().lignes()).isEmpty();
        assertThat(modele.liste().resumeProperty().get()).isEqualTo("aucune entrée");

        assertThat(modele.intactProperty().get()).isNull();
        modele.verifier();
        assertThat(modele.intactProperty().get()).isTrue();
        assertThat(modele.verificationProperty().get()).startsWith("Journal d'audit intact : ");
        assertThat(erreurs).isEmpty();
    }

    @Test
    void a_social_referent_is_refused_the_trail_and_its_check_in_french() {
        Utilisateur referent = services.stockage().membres().findAll().stream()
                .filter(m -> m.role() == Role.REFERENT_SOCIAL).findFirst()
                .map(m -> new Utilisateur(m.id(), "referent", Role.REFERENT_SOCIAL)).orElseThrow();
        ModeleJournal modele = modele(referent);
        modele.actualiser();
        assertThat(modele.liste().lignes()).isEmpty();
        assertThat(erreurs).singleElement().isInstanceOf(SaisieInvalideException.class);

        modele.verifier();
        assertThat(modele.verificationProperty().get()).contains("seule la coordinatrice vérifie le journal");
        assertThat(modele.intactProperty().get()).isNull();
    }
}
