package fr.cellulepdp.persistence.situation;

import fr.cellulepdp.persistence.base.BaseDeDonnees;
import fr.cellulepdp.persistence.base.BasesDeTest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.demo.ChargerDonneesDemo;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.CritereSituations;
import fr.cellulepdp.model.situation.ListerSituations;
import fr.cellulepdp.model.situation.Origine;
import fr.cellulepdp.model.situation.ResultatRecherche;
import fr.cellulepdp.model.situation.ResumeSituation;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.situation.StatutSituation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searching situations in the database, on the demo cell. */
class RechercheSituationsTest {

    private static final Utilisateur COORDINATRICE = new Utilisateur(null, "coordinatrice", Role.COORDINATRICE);
    /** The demo's Cap Emploi adviser (a partner member of type Cap Emploi). */
    private static Utilisateur PARTENAIRE;

    @TempDir
    static Path dossier;

    private static BaseDeDonnees base;
    private static ListerSituations liste;

    @BeforeAll
    static void ouvrir() {
        base = BasesDeTest.ouvrir(dossier.resolve("cellule"));
        new ChargerDonneesDemo(base, () -> Utilisateur.systeme()).executer(LocalDate.of(2026, 11, 23));
        liste = new ListerSituations(base, fr.cellulepdp.model.commun.Horloge.fixe(
                java.time.Instant.parse("2026-11-23T10:00:00Z")), () -> COORDINATRICE);
        PARTENAIRE = new Utilisateur(base.membres().findAll().stream()
                .filter(m -> m.partenaire() == fr.cellulepdp.model.cellule.Partenaire.CAP_EMPLOI).findFirst()
                .orElseThrow().id(), "capemploi", Role.PARTENAIRE);
    }

    @AfterAll
    static void fermer() {
        base.close();
    }

    private static CritereSituations texte(String texte) {
        return new CritereSituations(texte, true, null, null, null, null, null, null, false, 0, 500);
    }

    private static Situation premiereOuverte() {
        return base.situations().findAll().stream().filter(Situation::estOuverte).findFirst().orElseThrow();
    }

    @Test
    void without_criteria_everything_comes_newest_file_first_with_the_total() {
        ResultatRecherche resultat = liste.rechercher(CritereSituations.tout());

        assertThat(resultat.total()).isEqualTo(base.situations().count());
        assertThat(resultat.lignes()).hasSize((int) resultat.total());
        assertThat(resultat.lignes().get(0).numeroDossier())
                .isGreaterThan(resultat.lignes().get(resultat.lignes().size() - 1).numeroDossier());
    }

    @Test
    void finds_by_part_of_the_name_in_any_case_and_by_file_number() {
        Situation situation = premiereOuverte();
        Assure assure = base.assures().get(situation.assureId());

        assertThat(liste.rechercher(texte(assure.nom().substring(0, 4).toLowerCase())).lignes())
                .extracting(ResumeSituation::id).contains(situation.id());
        assertThat(liste.rechercher(texte(assure.prenom() + " " + assure.nom())).lignes())
                .extracting(ResumeSituation::id).contains(situation.id());
        assertThat(liste.rechercher(texte(situation.numeroDossier())).lignes())
                .extracting(ResumeSituation::id).containsExactly(situation.id());
    }

    @Test
    void a_nir_matches_exactly_and_never_by_part() {
        Situation situation = premiereOuverte();
        String nir = base.assures().get(situation.assureId()).nir().valeur();

        assertThat(liste.rechercher(texte(nir)).lignes()).extracting(ResumeSituation::id)
                .contains(situation.id()).allMatch(id -> base.situations().get(id).assureId().equals(situation.assureId()));
        assertThat(liste.rechercher(texte(nir.substring(0, 9))).total()).isZero();
    }

    @Test
    void a_partner_cannot_find_anyone_by_name() {
        // a file whose person agreed to share it with Cap Emploi
        Situation situation = base.situations().findAll().stream().filter(Situation::estOuverte)
                .filter(s -> s.consentement().couvre(fr.cellulepdp.model.cellule.Partenaire.CAP_EMPLOI,
                        LocalDate.of(2026, 11, 23))).findFirst().orElseThrow();
        Assure assure = base.assures().get(situation.assureId());

        assertThat(new ListerSituations(base, fr.cellulepdp.model.commun.Horloge.fixe( java.time.Instant.parse("2026-11-23T10:00:00Z")), () -> PARTENAIRE).rechercher(texte(assure.nom())).total()).isZero();
        assertThat(new ListerSituations(base, fr.cellulepdp.model.commun.Horloge.fixe( java.time.Instant.parse("2026-11-23T10:00:00Z")), () -> PARTENAIRE).rechercher(texte(situation.numeroDossier())).lignes()).singleElement()
                .extracting(ResumeSituation::personne).isEqualTo(assure.initiales());
    }

    @Test
    void filters_combine_and_are_counted() {
        CritereSituations clotureesIj60 = new CritereSituations("", true, StatutSituation.CLOTUREE,
                Origine.REQUETE_IJ_60J, null, null, null, null, false, 0, 500);
        CritereSituations urgentesEnAttente = new CritereSituations("", true, null, null, null, null, true, null, true,
                0, 500);

        ResultatRecherche closes = liste.rechercher(clotureesIj60);
        ResultatRecherche urgentes = liste.rechercher(urgentesEnAttente);

        assertThat(closes.total()).isEqualTo(base.situations().findAll().stream()
                .filter(s -> s.statut() == StatutSituation.CLOTUREE && s.origine() == Origine.REQUETE_IJ_60J).count())
                .isPositive();
        assertThat(urgentes.lignes()).isNotEmpty().allMatch(r -> r.urgent() && r.demandesEnAttente() > 0);
    }

    @Test
    void pages_are_limited_and_a_full_page_tells_more_without_counting_them() {
        UUID referente = base.membres().findAll().stream().filter(m -> m.role() == Role.REFERENT_SOCIAL)
                .findFirst().orElseThrow().id();
        long siennes = base.situations().findAll().stream().filter(s -> referente.equals(s.referentSocialId()))
                .count();
        assertThat(siennes).as("the demo's files of one référente fill more than two pages of 5").isGreaterThan(10);
        CritereSituations page2 = new CritereSituations("", true, null, null, null, referente, null, null, false, 5, 5);

        ResultatRecherche resultat = liste.rechercher(page2);

        assertThat(resultat.lignes()).hasSize(5);
        assertThat(resultat.total()).isEqualTo(10);
        assertThat(resultat.auMoins()).as("more than the ten read").isTrue();
        assertThat(resultat.lignes()).extracting(ResumeSituation::referent).containsOnly(
                base.membres().get(referente).nomComplet());
        // the last page: exactly counted, not « more than »
        ResultatRecherche derniere = liste.rechercher(new CritereSituations("", true, null, null, null,
                referente, null, null, false, (int) siennes - 2, 5));
        assertThat(derniere.lignes()).hasSize(2);
        assertThat(derniere.total()).isEqualTo(siennes);
        assertThat(derniere.auMoins()).isFalse();
    }

    @Test
    void a_renamed_person_is_found_under_the_new_name_in_every_file() {
        Situation situation = base.situations().findAll().stream().filter(s -> !s.estOuverte()).findFirst()
                .orElseThrow();
        Assure avant = base.assures().get(situation.assureId());
        base.assures().save(new Assure(avant.id(), avant.version(), avant.nir(), "Nouveaunom", avant.prenom(),
                avant.dateNaissance(), avant.sexe(), avant.adresse(), avant.email(), avant.telephone(), avant.statut(),
                avant.employeur(), avant.emploi()));

        assertThat(liste.rechercher(texte("nouveaunom")).lignes()).extracting(ResumeSituation::id)
                .containsExactlyInAnyOrderElementsOf(base.situations().findByAssure(avant.id()).stream()
                        .map(Situation::id).toList())
                .hasSizeGreaterThan(1);
        assertThat(liste.rechercher(texte(avant.nom() + " " + avant.prenom())).lignes())
                .extracting(ResumeSituation::id).doesNotContain(situation.id());
    }

    @Test
    void accents_and_ligatures_are_ignored_both_ways() {
        Situation situation = base.situations().findAll().stream().filter(Situation::estOuverte).skip(3).findFirst()
                .orElseThrow();
        Assure avant = base.assures().get(situation.assureId());
        base.assures().save(new Assure(avant.id(), avant.version(), avant.nir(), "Lœuillet-Bérénice", "Hélène",
                avant.dateNaissance(), avant.sexe(), avant.adresse(), avant.email(), avant.telephone(), avant.statut(),
                avant.employeur(), avant.emploi()));

        for (String recherche : List.of("helene loeuillet", "HÉLÈNE", "lœuillet-berenice", "Helène Lœuillet")) {
            assertThat(liste.rechercher(texte(recherche)).lignes()).as(recherche)
                    .extracting(ResumeSituation::id).contains(situation.id());
        }
    }

    @Test
    void percent_and_underscore_are_searched_literally() {
        assertThat(liste.rechercher(texte("%")).total()).isZero();
        assertThat(liste.rechercher(texte("_")).total()).isZero();
    }
}
