package fr.cellulepdp.app.situation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.shell.SurDemoSansFenetre;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.situation.CritereSituations;
import fr.cellulepdp.model.situation.ResumeSituation;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.situation.StatutSituation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Situations page's view model without a window, on the demo cell: the search runs with the criteria chosen. */
class ModeleSituationsTest extends SurDemoSansFenetre {

    private final List<Exception> erreurs = new ArrayList<>();

    private ModeleSituations modele() {
        return new ModeleSituations(services.listerSituations(), services.session(), services::referentsSociauxActifs,
                ExecuteurTaches.synchrone(), erreurs::add);
    }

    @Test
    void every_file_then_only_the_one_searched_by_its_number_with_the_count_in_words() {
        ModeleSituations modele = modele();
        modele.chercher(CritereSituations.tout());
        long toutes = services.stockage().situations().findAll().size();
        assertThat(modele.liste().lignes()).hasSize((int) toutes);
        assertThat(modele.liste().resumeProperty().get()).isEqualTo(toutes + " situations");

        Situation cherchee = services.stockage().situations().findAll().get(3);
        modele.chercher(new CritereSituations(cherchee.numeroDossier(), true, null, null, null, null, null, null,
                false, 0, CritereSituations.LIMITE_PAR_DEFAUT));
        assertThat(modele.liste().lignes()).extracting(ResumeSituation::numeroDossier)
                .containsExactly(cherchee.numeroDossier());
        assertThat(modele.liste().resumeProperty().get()).isEqualTo("1 situation");

        List<Membre> referents = new ArrayList<>();
        modele.lireReferents(referents::addAll);
        assertThat(referents).isNotEmpty().allSatisfy(m -> assertThat(m.role()).isEqualTo(Role.REFERENT_SOCIAL));
        assertThat(erreurs).isEmpty();
    }

    /** Were TestFX journeys of the main window (FenetrePrincipaleTest): the same criteria, without a window. */
    @Test
    void a_name_a_status_or_a_referent_keeps_only_their_files() {
        ModeleSituations modele = modele();
        modele.chercher(CritereSituations.tout());
        List<ResumeSituation> toutes = List.copyOf(modele.liste().lignes());
        ResumeSituation cible = toutes.get(20);
        String nom = cible.personne().split(" ")[0];

        modele.chercher(new CritereSituations(nom.toLowerCase(), true, null, null, null, null, null, null, false, 0,
                CritereSituations.LIMITE_PAR_DEFAUT));
        assertThat(modele.liste().lignes()).isNotEmpty().hasSizeLessThan(toutes.size())
                .allMatch(r -> r.personne().startsWith(nom)).contains(cible);

        modele.chercher(new CritereSituations("", true, StatutSituation.CLOTUREE, null, null, null, null, null, false,
                0, CritereSituations.LIMITE_PAR_DEFAUT));
        assertThat(modele.liste().lignes()).isNotEmpty().hasSizeLessThan(toutes.size())
                .allMatch(r -> r.statut() == StatutSituation.CLOTUREE);

        Membre referente = services.referentsSociauxActifs().get(0);
        modele.chercher(new CritereSituations("", true, null, null, null, referente.id(), null, null, false, 0,
                CritereSituations.LIMITE_PAR_DEFAUT));
        assertThat(modele.liste().lignes()).isNotEmpty().hasSizeLessThan(toutes.size())
                .allMatch(r -> r.referent().equals(referente.nomComplet()))
                .hasSize((int) services.stockage().situations().findAll().stream()
                        .filter(s -> referente.id().equals(s.referentSocialId())).count());
        assertThat(erreurs).isEmpty();
    }
}
