package fr.cellulepdp.app.seance;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.shell.SurDemoSansFenetre;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.seance.ResumeSeance;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.seance.StatutSeance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The Séances page's view model without a window, on the demo cell's meetings. */
class ModeleSeancesTest extends SurDemoSansFenetre {

    private final List<Exception> erreurs = new ArrayList<>();

    private ModeleSeances modele(Utilisateur utilisateur) {
        return new ModeleSeances(services.seances().listerSeances(), services.seances().preparerSeance(),
                () -> services.stockage().membres().findAll(), () -> utilisateur, ExecuteurTaches.synchrone(),
                erreurs::add);
    }

    private static Utilisateur de(Role role) {
        Membre membre = services.stockage().membres().findAll().stream().filter(m -> m.role() == role && m.actif())
                .findFirst().orElseThrow();
        return new Utilisateur(membre.id(), role.name().toLowerCase(), role);
    }

    @Test
    void a_refused_planning_keeps_its_input_and_the_list_is_read_again_once_a_meeting_is_planned_then_opened() {
        ModeleSeances modele = modele(services.utilisateur());
        assertThat(modele.planifiable()).isTrue();
        assertThat(modele.fenetreOuverte()).isTrue();
        modele.actualiser();
        int avant = modele.liste().lignes().size();
        assertThat(avant).isEqualTo(services.stockage().seances().findAll().size()).isPositive();

        List<UUID> ouvertes = new ArrayList<>();
        AtomicReference<ModelePlanification> planification = new AtomicReference<>();
        modele.planifier(p -> {
            planification.set(p);
            p.date.set(HORLOGE.aujourdhui().plusWeeks(6));
            p.heure.set("14h");
            p.lieu.set("Salle du conseil");
            List<Seance> planifiees = new ArrayList<>();
            p.planifier(planifiees::add);
            return planifiees.stream().findFirst();
        }, ouvertes::add);
        assertThat(planification.get().membres()).as("les membres actifs sont proposés à la convocation")
                .isNotEmpty().allSatisfy(m -> assertThat(m.actif()).isTrue());
        assertThat(planification.get().problemesProperty().get()).contains("numéro ou heure illisible");
        assertThat(planification.get().lieu.get()).isEqualTo("Salle du conseil");
        assertThat(ouvertes).isEmpty();
        assertThat(modele.liste().lignes()).hasSize(avant);

        List<Seance> planifiees = new ArrayList<>();
        modele.planifier(p -> {
            p.date.set(HORLOGE.aujourdhui().plusWeeks(6));
            p.lieu.set("Salle du conseil");
            p.planifier(planifiees::add);
            return planifiees.stream().findFirst();
        }, ouvertes::add);
        Seance nouvelle = planifiees.get(0);
        assertThat(ouvertes).as("la séance planifiée s'ouvre").containsExactly(nouvelle.id());
        assertThat(modele.liste().lignes()).as("et la liste est relue aussitôt").hasSize(avant + 1)
                .extracting(ResumeSeance::id).contains(nouvelle.id());

        modele.planifier(p -> Optional.empty(), ouvertes::add);
        assertThat(ouvertes).as("planification abandonnée").hasSize(1);
        assertThat(erreurs).isEmpty();
    }

    @Test
    void only_the_coordinatrice_plans_and_a_partner_reads_the_list_without_a_meeting_window() {
        ModeleSeances referent = modele(de(Role.REFERENT_SOCIAL));
        assertThat(referent.planifiable()).isFalse();
        assertThat(referent.fenetreOuverte()).isTrue();
        List<ModelePlanification> proposees = new ArrayList<>();
        referent.planifier(p -> {
            proposees.add(p);
            return Optional.empty();
        }, id -> { });
        assertThat(proposees).as("aucune planification proposée au référent").isEmpty();

        ModeleSeances partenaire = modele(de(Role.PARTENAIRE));
        assertThat(partenaire.planifiable()).isFalse();
        assertThat(partenaire.fenetreOuverte()).isFalse();
        partenaire.actualiser();
        assertThat(partenaire.liste().lignes()).hasSize(services.stockage().seances().findAll().size());
        assertThat(erreurs).isEmpty();
    }

    @Test
    void the_letters_column_is_never_empty_and_says_why_a_meeting_has_none() {
        ModeleSeances modele = modele(services.utilisateur());
        modele.actualiser();
        assertThat(modele.liste().lignes()).isNotEmpty()
                .allSatisfy(s -> assertThat(ModeleSeances.courriers(s)).isNotBlank());
        assertThat(modele.liste().lignes()).filteredOn(s -> s.statut() == StatutSeance.PLANIFIEE).isNotEmpty()
                .allSatisfy(s -> assertThat(ModeleSeances.courriers(s)).isEqualTo("après la clôture"));
        // the demo's closed meetings have their decisions, and no document produced yet
        assertThat(modele.liste().lignes()).filteredOn(s -> s.statut() == StatutSeance.CLOTUREE).isNotEmpty()
                .allSatisfy(s -> assertThat(ModeleSeances.courriers(s)).isEqualTo("aucun courrier produit"));

        assertThat(ModeleSeances.courriers(ligne(StatutSeance.CLOTUREE, 0, ""))).isEqualTo("aucun (aucune décision)");
        assertThat(ModeleSeances.courriers(ligne(StatutSeance.ANNULEE, 0, ""))).isEqualTo("aucun (séance annulée)");
        assertThat(ModeleSeances.courriers(ligne(StatutSeance.OUVERTE, 2, ""))).isEqualTo("après la clôture");
        assertThat(ModeleSeances.courriers(ligne(StatutSeance.CLOTUREE, 6, "3 à envoyer ou poster")))
                .isEqualTo("3 à envoyer ou poster");
        assertThat(erreurs).isEmpty();
    }

    private static ResumeSeance ligne(StatutSeance statut, long decisions, String courriers) {
        return new ResumeSeance(UUID.randomUUID(), 30, HORLOGE.aujourdhui(), java.time.LocalTime.of(14, 0), "Salle",
                statut, 6, 60, decisions, courriers);
    }
}
