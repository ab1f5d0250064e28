package fr.cellulepdp.app.suivi;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.shell.SurDemoSansFenetre;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.suivi.SuivreSuivis.LigneSuivi;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The Suivis page's view model without a window, on the demo cell's follow-ups. */
class ModeleSuivisTest extends SurDemoSansFenetre {

    private final List<Exception> erreurs = new ArrayList<>();

    private ModeleSuivis modele(Utilisateur utilisateur) {
        return new ModeleSuivis(services.situations().suivreSuivis(), () -> services.stockage().membres().findAll(),
                () -> utilisateur, HORLOGE, ExecuteurTaches.synchrone(), erreurs::add);
    }

    private static long aFaire() {
        return services.stockage().suivis().findAll().stream().filter(s -> !s.estRealise()).count();
    }

    @Test
    void the_filters_read_the_follow_ups_again_and_marking_one_done_is_offered_only_on_one_to_do() {
        ModeleSuivis modele = modele(services.utilisateur());
        modele.actualiser();
        assertThat(modele.liste().lignes()).hasSize((int) aFaire()).isNotEmpty()
                .allSatisfy(l -> assertThat(l.realise()).isFalse());
        assertThat(modele.responsables().get(0)).as("« Tous les membres » d'abord").isNull();
        assertThat(modele.responsables().subList(1, modele.responsables().size()))
                .isSortedAccordingTo(Comparator.comparing(Membre::nom)).allSatisfy(m -> assertThat(m.actif()).isTrue());
        assertThat(modele.realisableProperty().get()).as("rien de choisi").isFalse();

        LigneSuivi premiere = modele.liste().lignes().get(0);
        Membre responsable = modele.responsables().stream()
                .filter(m -> m != null && m.id().equals(premiere.responsableId())).findFirst().orElseThrow();
        modele.responsableProperty().set(responsable);
        assertThat(modele.liste().lignes()).as("relu dès le choix du responsable").isNotEmpty()
                .allSatisfy(l -> assertThat(l.responsableId()).isEqualTo(responsable.id()));

        modele.choisieProperty().set(modele.liste().lignes().get(0));
        assertThat(modele.realisableProperty().get()).isTrue();
        ModeleSuiviRealise realise = modele.marquerRealise(modele.liste().lignes().get(0)).orElseThrow();
        realise.note.set("Employeur relancé.");
        realise.enregistrer(s -> modele.actualiser());
        assertThat(modele.liste().lignes()).as("le suivi réalisé quitte la liste des suivis à faire")
                .extracting(LigneSuivi::id).doesNotContain(realise.ligne().id());

        modele.avecRealisesProperty().set(true);
        LigneSuivi faite = modele.liste().lignes().stream().filter(l -> l.id().equals(realise.ligne().id()))
                .findFirst().orElseThrow();
        assertThat(faite.realise()).isTrue();
        modele.choisieProperty().set(faite);
        assertThat(modele.realisableProperty().get()).as("déjà réalisé").isFalse();
        assertThat(modele.marquerRealise(faite)).isEmpty();

        modele.responsableProperty().set(null);
        assertThat(modele.liste().lignes()).hasSize(services.stockage().suivis().findAll().size());
        assertThat(erreurs).isEmpty();
    }

    @Test
    void the_empty_table_says_which_follow_ups_there_are_none_of_with_the_filters_as_set() {
        ModeleSuivis modele = modele(services.utilisateur());
        modele.actualiser();
        assertThat(modele.videProperty().get()).isEqualTo("Aucun suivi à faire.");
        modele.avecRealisesProperty().set(true);
        assertThat(modele.videProperty().get()).isEqualTo("Aucun suivi, à faire ou réalisé.");
        modele.responsableProperty().set(modele.responsables().get(1));
        assertThat(modele.videProperty().get()).isEqualTo("Aucun suivi, à faire ou réalisé, pour ce membre.");
        modele.avecRealisesProperty().set(false);
        assertThat(modele.videProperty().get()).isEqualTo("Aucun suivi à faire pour ce membre.");
    }

    @Test
    void a_referent_administratif_reads_the_follow_ups_and_a_partner_is_refused_them() {
        ModeleSuivis administratif = modele(connecter(new Utilisateur(null, "admin", Role.REFERENT_ADMINISTRATIF)));
        administratif.actualiser();
        assertThat(administratif.liste().lignes()).hasSize((int) aFaire()).isNotEmpty();
        assertThat(erreurs).isEmpty();

        Membre partenaire = services.stockage().membres().findAll().stream()
                .filter(m -> m.role() == Role.PARTENAIRE && m.actif()).findFirst().orElseThrow();
        ModeleSuivis modele = modele(connecter(new Utilisateur(partenaire.id(), "partenaire", Role.PARTENAIRE)));
        modele.actualiser();
        assertThat(modele.liste().lignes()).isEmpty();
        assertThat(erreurs).singleElement().satisfies(e -> assertThat(e)
                .hasMessageContaining("seuls les membres internes de la cellule lisent les suivis"));
    }

    @Test
    void a_member_deactivated_meanwhile_leaves_the_filter_and_the_choice_of_an_edited_one_survives() {
        ModeleSuivis modele = modele(services.utilisateur());
        modele.actualiser();
        List<Membre> offerts = modele.responsables().stream().filter(Objects::nonNull).toList();
        Membre parti = offerts.get(0);
        Membre renomme = offerts.get(1);
        modele.responsableProperty().set(renomme);

        services.stockage().membres().save(parti.avecActif(false));
        Membre modifie = services.stockage().membres().save(renomme.avecFiche(renomme.fiche()));
        modele.actualiser();

        assertThat(modele.responsables()).doesNotContain(parti).extracting(m -> m == null ? null : m.id())
                .doesNotContain(parti.id()).contains(renomme.id());
        assertThat(modele.responsableProperty().get()).as("le choix suit la nouvelle version du membre")
                .isEqualTo(modifie);
        assertThat(modele.liste().lignes()).allSatisfy(l -> assertThat(l.responsableId()).isEqualTo(renomme.id()));
        services.stockage().membres().save(services.stockage().membres().get(parti.id()).avecActif(true));
        assertThat(erreurs).isEmpty();
    }

    @Test
    void the_list_is_read_a_page_of_whole_due_dates_at_a_time_the_next_when_its_last_row_shows() {
        ModeleSuivis entier = modele(services.utilisateur());
        entier.avecRealisesProperty().set(true);
        List<LigneSuivi> attendues = List.copyOf(entier.liste().lignes());
        assertThat(attendues.stream().map(LigneSuivi::echeance).distinct().count())
                .as("the demo's follow-ups are due on several days").isGreaterThan(2);
        // two asked: every follow-up due the day of the second (whole days, the next page starts the day after)
        List<LigneSuivi> premiere = attendues.stream()
                .filter(l -> !l.echeance().isAfter(attendues.get(1).echeance())).toList();
        int n = premiere.size();

        ModeleSuivis parDeux = new ModeleSuivis(services.situations().suivreSuivis(),
                () -> services.stockage().membres().findAll(), services::utilisateur, HORLOGE,
                ExecuteurTaches.synchrone(), erreurs::add, 2);
        parDeux.avecRealisesProperty().set(true);
        assertThat(parDeux.liste().lignes()).isEqualTo(premiere);
        assertThat(parDeux.liste().resumeProperty().get()).isEqualTo("plus de " + n + " suivis (les " + n
                + " premiers par échéance affichés, la suite en faisant défiler)");

        for (int pages = 0; pages < attendues.size() && parDeux.liste().resumeProperty().get().startsWith("plus");
                pages++) {
            parDeux.finAtteinte();
        }
        assertThat(parDeux.liste().lignes()).as("every page read, in order").isEqualTo(attendues);
        assertThat(parDeux.liste().resumeProperty().get()).isEqualTo(attendues.size() + " suivis");
        int lues = parDeux.liste().lignes().size();
        parDeux.finAtteinte();
        assertThat(parDeux.liste().lignes()).as("nothing more to read").hasSize(lues);
        assertThat(erreurs).isEmpty();
    }
}
