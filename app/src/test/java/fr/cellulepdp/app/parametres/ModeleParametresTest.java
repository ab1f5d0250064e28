package fr.cellulepdp.app.parametres;

import fr.cellulepdp.app.wiring.FenetrePrincipaleCablee;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.parametres.ModeleParametres.Onglet;
import fr.cellulepdp.app.shell.SurDemoSansFenetre;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.mesure.TypeMesure;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The « Paramètres » page's view model without a window, on the demo cell: the tabs each role sees (the
 * coordinatrice all of them, everyone else only his own account), and what the coordinatrice's tabs read.
 */
class ModeleParametresTest extends SurDemoSansFenetre {

    private final List<Exception> erreurs = new ArrayList<>();
    private Utilisateur coordinatrice;

    @BeforeEach
    void retenirLaCoordinatrice() {
        coordinatrice = services.utilisateur();
    }

    @AfterEach
    void reconnecterLaCoordinatrice() {
        services.connecter(coordinatrice);
    }

    private static Utilisateur en(Role role) {
        Membre membre = services.stockage().membres().findAll().stream().filter(m -> m.role() == role).findFirst()
                .orElseThrow();
        return new Utilisateur(membre.id(), "membre." + role.name().toLowerCase(), role);
    }

    @Test
    void the_coordinatrice_sees_every_tab_and_the_others_only_their_own_account() {
        ModeleParametres modele = new ModeleParametres(
                new FenetrePrincipaleCablee(services).parametres(), ExecuteurTaches.synchrone(), erreurs::add);
        assertThat(modele.onglets()).containsExactly(Onglet.CELLULE, Onglet.MEMBRES, Onglet.ANNUAIRE,
                Onglet.COMPTES, Onglet.SEANCES, Onglet.COURRIERS, Onglet.PROTECTION, Onglet.MON_COMPTE);
        assertThat(modele.regleLaCellule()).isTrue();

        for (Role role : List.of(Role.REFERENT_SOCIAL, Role.REFERENT_MEDICAL, Role.REFERENT_ADMINISTRATIF,
                Role.PARTENAIRE)) {
            services.connecter(en(role));
            ModeleParametres autre = new ModeleParametres(
                    new FenetrePrincipaleCablee(services).parametres(), ExecuteurTaches.synchrone(), erreurs::add);
            assertThat(autre.onglets()).as(role.libelle()).containsExactly(Onglet.MON_COMPTE);
            assertThat(autre.regleLaCellule()).as(role.libelle()).isFalse();
            assertThat(autre.identite()).contains("« membre." + role.name().toLowerCase() + " »")
                    .contains(role.libelle().toLowerCase());
            // nothing is read for the tabs he does not see, so nothing is refused either
            autre.actualiser();
            assertThat(autre.regles()).isEmpty();
            assertThat(autre.celluleCreeeProperty().get()).isFalse();
        }
        assertThat(erreurs).isEmpty();
    }

    @Test
    void the_coordinatrice_reads_the_catalogue_and_the_cells_rules_and_checks_the_audit_trail() {
        ModeleParametres modele = new ModeleParametres(
                new FenetrePrincipaleCablee(services).parametres(), ExecuteurTaches.synchrone(), erreurs::add);
        assertThat(modele.celluleCreeeProperty().get()).isFalse();

        modele.actualiser();

        assertThat(erreurs).isEmpty();
        assertThat(modele.regles()).hasSize(TypeMesure.values().length);
        assertThat(modele.celluleCreeeProperty().get()).as("quorum and protection can be set").isTrue();
        assertThat(modele.quorum().medicaux.get())
                .isEqualTo(services.cellule().orElseThrow().quorum().referentsMedicauxMin());
        assertThat(modele.cellule().nomProperty().get()).isEqualTo("Cellule locale PDP 58");

        modele.verifierJournal();
        assertThat(modele.verificationJournalProperty().get()).isNotEmpty().doesNotContain("refus");

        modele.motDePasseChange();
        assertThat(modele.etatMotDePasseProperty().get()).isEqualTo("Mot de passe changé.");
    }
}
