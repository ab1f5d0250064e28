package fr.cellulepdp.app.parametres;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.document.EffacementCourriers;
import fr.cellulepdp.app.shell.SurDemoSansFenetre;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.protection.ConserverDonnees;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The retention rule's view model without a window, on the demo cell: nothing to anonymise today; years later,
 * every person is listed, then anonymised once confirmed, and « Anonymiser… » is disabled again.
 */
class ModeleConservationTest extends SurDemoSansFenetre {

    private static ModeleConservation modele(ConserverDonnees conserver) {
        return new ModeleConservation(conserver, rapport -> EffacementCourriers.apres(services.dossierDocuments(),
                services.seances().listerSeances(), services.documents()::genererDocuments, services.session(),
                rapport).texte(), ExecuteurTaches.synchrone());
    }

    @Test
    void nothing_today_then_years_later_every_person_listed_and_anonymised_and_a_referent_refused() {
        ModeleConservation aujourdhui = modele(services.bilans().conserverDonnees());
        aujourdhui.lister();
        assertThat(aujourdhui.etatProperty().get()).isEqualTo("Aucun dossier n'a dépassé la durée de conservation.");
        assertThat(aujourdhui.anonymisableProperty().get()).isFalse();

        Utilisateur referent = services.stockage().membres().findAll().stream()
                .filter(m -> m.role() == Role.REFERENT_SOCIAL).findFirst()
                .map(m -> new Utilisateur(m.id(), "referent", Role.REFERENT_SOCIAL)).orElseThrow();
        ModeleConservation refuse = modele(new ConserverDonnees(services.stockage(), services.horloge(),
                () -> referent));
        refuse.lister();
        assertThat(refuse.etatProperty().get()).startsWith("Liste impossible :");
        assertThat(refuse.anonymisableProperty().get()).isFalse();

        ConserverDonnees plusTard = new ConserverDonnees(services.stockage(),
                Horloge.fixe(Instant.parse("2031-06-01T09:00:00Z")), services.session());
        ModeleConservation modele = modele(plusTard);
        modele.lister();
        int personnes = services.stockage().assures().findAll().size();
        assertThat(modele.etatProperty().get()).startsWith(personnes + " personne(s) à anonymiser — dossiers : PDP-");
        assertThat(modele.anonymisableProperty().get()).isTrue();

        modele.anonymiser();
        assertThat(modele.anonymisableProperty().get()).isFalse();
        assertThat(modele.etatProperty().get()).isNotBlank().doesNotContain("refusée");
        assertThat(services.stockage().assures().findAll()).allSatisfy(a -> assertThat(a.nom())
                .isEqualTo(ConserverDonnees.ANONYME));
        modele.lister();
        assertThat(modele.etatProperty().get()).isEqualTo("Aucun dossier n'a dépassé la durée de conservation.");
    }
}
