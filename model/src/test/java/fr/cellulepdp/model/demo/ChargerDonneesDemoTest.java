package fr.cellulepdp.model.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.memoire.StockageEnMemoire;
import fr.cellulepdp.model.mesure.CatalogueMesures;
import fr.cellulepdp.model.mesure.ConsulterCatalogue;
import fr.cellulepdp.model.mesure.RegleMesure;
import fr.cellulepdp.model.mesure.TypeMesure;
import fr.cellulepdp.model.mesure.UniteDuree;
import fr.cellulepdp.model.seance.ListerSeances;
import fr.cellulepdp.model.seance.ResumeSeance;
import fr.cellulepdp.model.seance.StatutSeance;
import fr.cellulepdp.model.situation.ListerSituations;
import fr.cellulepdp.model.situation.ResumeSituation;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The demo loaded through the ports into the in-memory store, the lists read from it, and the catalogue (the round
 * trip through a database file is persistence's ChargerDonneesDemoTest).
 */
class ChargerDonneesDemoTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 23);

    @Test
    void lists_situations_with_names_for_internal_members_and_initials_for_partners() {
        StockageEnMemoire base = new StockageEnMemoire();
        new ChargerDonneesDemo(base, Utilisateur::systeme).executer(REFERENCE);
        ListerSituations liste = new ListerSituations(base, () -> new Utilisateur(null, "asso", Role.REFERENT_SOCIAL));

        List<ResumeSituation> interne = liste.lister();
        List<ResumeSituation> partenaire = new ListerSituations(base, () -> new Utilisateur(null, "capemploi", Role.PARTENAIRE)).lister();

        assertThat(interne).hasSize((int) base.situations().count());
        assertThat(interne.get(0).personne()).matches("[A-ZÉÈË\\- ]+ \\p{L}+");
        assertThat(partenaire).extracting(ResumeSituation::personne).allMatch(p -> p.matches("\\p{Lu}\\. \\p{Lu}\\."));
        assertThat(interne).anyMatch(r -> r.demandesEnAttente() > 0);

        List<ResumeSeance> seances = new ListerSeances(base, Utilisateur::systeme).lister();
        assertThat(seances).hasSize(7);
        assertThat(seances.get(0).statut()).isEqualTo(StatutSeance.PLANIFIEE);
        assertThat(seances.get(1).decisions()).isEqualTo(6);
        assertThat(seances.get(0).dureePrevueMinutes()).isEqualTo(80);
    }

    @Test
    void refuses_a_database_that_already_has_data_and_leaves_it_as_it_was() {
        StockageEnMemoire base = new StockageEnMemoire();
        ChargerDonneesDemo demo = new ChargerDonneesDemo(base, Utilisateur::systeme);
        demo.executer(REFERENCE);
        long situations = base.situations().count();

        assertThatThrownBy(() -> demo.executer(REFERENCE.plusDays(1)))
                .isInstanceOf(SaisieInvalideException.class)
                .hasMessageContaining("déjà des données");

        assertThat(base.situations().count()).isEqualTo(situations);
    }

    @Test
    void the_catalogue_is_initialised_once_then_kept_as_the_cell_updated_it() {
        StockageEnMemoire base = new StockageEnMemoire();
        ConsulterCatalogue catalogue = new ConsulterCatalogue(base, Utilisateur::systeme);
        catalogue.initialiserSiVide();
        RegleMesure nouvelleLoi = new RegleMesure(TypeMesure.ESSAI_ENCADRE, UniteDuree.JOURS_OUVRABLES, 21, 1, 42,
                Set.of(), Set.of(), null, null, false, "loi de 2027");
        base.catalogueMesures().save(nouvelleLoi);

        catalogue.initialiserSiVide();

        CatalogueMesures lu = catalogue.catalogue();
        assertThat(lu.regle(TypeMesure.ESSAI_ENCADRE)).isEqualTo(nouvelleLoi);
        assertThat(lu.regle(TypeMesure.CRPE)).isEqualTo(CatalogueMesures.parDefaut().regle(TypeMesure.CRPE));
    }
}
