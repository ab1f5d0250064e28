package fr.cellulepdp.model.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.situation.CreerSituation;
import fr.cellulepdp.model.situation.FicheSituation;
import fr.cellulepdp.model.situation.Origine;
import fr.cellulepdp.model.cellule.Partenaire;
import fr.cellulepdp.model.situation.Risque;
import fr.cellulepdp.model.situation.Sexe;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.situation.StatutAssure;
import fr.cellulepdp.model.situation.StatutSituation;
import fr.cellulepdp.model.memoire.StockageEnMemoire;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Creating a situation from the form, on the in-memory store. */
class CreerSituationTest {

    private static final Horloge HORLOGE = Horloge.fixe(Instant.parse("2026-11-23T09:00:00Z"));

    private StockageEnMemoire base;
    private CreerSituation creer;

    @BeforeEach
    void ouvrir() {
        base = new StockageEnMemoire();
        creer = new CreerSituation(base, HORLOGE, Utilisateur::systeme);
    }

    private static FicheSituation fiche(String nir, boolean urgent, String motif) {
        return new FicheSituation(nir, "Roy", "Anne", LocalDate.of(1969, 5, 12), Sexe.FEMININ, StatutAssure.SALARIE,
                "", "", null, "Fictive", "73282932000074", "", Origine.MEDECIN_TRAVAIL, null, Risque.ACCIDENT_TRAVAIL,
                LocalDate.of(2026, 8, 1), null, null, urgent, motif, false, "", LocalDate.of(2026, 11, 2),
                Set.of(Partenaire.CAP_EMPLOI), "première rencontre", "");
    }

    @Test
    void creates_the_person_and_an_open_situation_numbered_for_the_year() {
        CreerSituation.Resultat resultat = creer.creer(fiche("269054958815780", true, "fin IJ"));

        Situation situation = base.situations().get(resultat.situation().id());
        assertThat(resultat.creee()).isTrue();
        assertThat(situation.numeroDossier()).isEqualTo("PDP-2026-0001");
        assertThat(situation.statut()).isEqualTo(StatutSituation.OUVERTE);
        assertThat(situation.urgent().motif()).isEqualTo("fin IJ");
        assertThat(situation.dateSignalement()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(situation.consentement().partenaires()).containsExactly(Partenaire.CAP_EMPLOI);
        assertThat(base.assures().get(situation.assureId()).employeur().siret().valeur()).isEqualTo("73282932000074");
    }

    @Test
    void a_nir_with_an_open_situation_leads_to_it_instead_of_a_duplicate() {
        Situation premiere = creer.creer(fiche("269054958815780", false, "")).situation();

        CreerSituation.Resultat seconde = creer.creer(fiche("2 69 05 49 588 157 80", false, ""));

        assertThat(seconde.creee()).isFalse();
        assertThat(seconde.situation().id()).isEqualTo(premiere.id());
        assertThat(base.situations().count()).isEqualTo(1);
        assertThat(base.assures().count()).isEqualTo(1);
    }

    @Test
    void an_invalid_form_names_each_problem_and_saves_nothing() {
        assertThatThrownBy(() -> creer.creer(fiche("269054958815781", true, "")))
                .isInstanceOf(SaisieInvalideException.class)
                .satisfies(e -> assertThat(((SaisieInvalideException) e).problemes()).extracting(Probleme::champ)
                        .containsExactly("NIR", "motif de l'urgence"));

        assertThat(base.situations().count()).isZero();
        assertThat(base.assures().count()).isZero();
    }
}
