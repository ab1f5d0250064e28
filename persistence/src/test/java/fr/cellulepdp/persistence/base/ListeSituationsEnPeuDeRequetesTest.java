package fr.cellulepdp.persistence.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Partenaire;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.compte.AccesChiffre;
import fr.cellulepdp.model.demande.StatutDemande;
import fr.cellulepdp.model.demo.ChargerDonneesDemo;
import fr.cellulepdp.model.situation.CritereSituations;
import fr.cellulepdp.model.situation.ListerSituations;
import fr.cellulepdp.model.situation.ResultatRecherche;
import fr.cellulepdp.model.situation.ResumeSituation;
import fr.cellulepdp.model.situation.Risque;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.situation.StatutSituation;
import fr.cellulepdp.persistence.depot.Moteur;
import fr.cellulepdp.persistence.situation.DepotSituations;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A page of the Situations list is read with its people's and référents' names and its waiting requests in one
 * statement (decision 0060): before, five — the files, their consent partners, the members, whole people (NIR and
 * address included), the requests grouped by file; a status or « requests waiting » reads one more (where the walk of
 * the newest files stops). The lines are those the whole objects give.
 */
class ListeSituationsEnPeuDeRequetesTest extends SurBaseTemporaire {

    private static final Utilisateur COORDINATRICE = new Utilisateur(null, "coordinatrice", Role.COORDINATRICE);
    private static final Horloge HORLOGE = Horloge.fixe(Instant.parse("2026-11-23T10:00:00Z"));

    private RequetesComptees requetes;
    private BaseDeDonnees espionne;

    @BeforeEach
    void demo() {
        new ChargerDonneesDemo(base, Utilisateur::systeme).executer(LocalDate.of(2026, 11, 23));
        BasesDeTest.Acces acces = BasesDeTest.acces(fichier);
        requetes = new RequetesComptees(acces);
        espionne = new BaseDeDonnees(requetes, () -> { }, Moteur.de(acces.url()), acces.url(), "espionne",
                AccesChiffre.AUCUN);
    }

    @Test
    void a_page_of_the_list_is_one_statement() {
        ListerSituations liste = new ListerSituations(espionne, HORLOGE, () -> COORDINATRICE);
        CritereSituations tout = new CritereSituations("", true, null, null, null, null, null, null, false, 0, 20);
        ResultatRecherche premiere = liste.rechercher(tout);
        CritereSituations suite = tout.pageApres(premiere.lignes().get(premiere.lignes().size() - 1).numeroDossier());

        assertThat(requetesDe(liste, tout)).isEqualTo(1);
        assertThat(requetesDe(liste, suite)).isEqualTo(1);
        // the key where the walk of the newest files stops, then the page; the key is kept for the next first
        // pages (decision 0062)
        assertThat(requetesDe(liste, new CritereSituations("", true, StatutSituation.SUIVIE, null,
                Risque.ACCIDENT_TRAVAIL, null, null, null, false, 0, 20))).isEqualTo(2);
        assertThat(requetesDe(liste, new CritereSituations("", true, null, null, null, null, null, null, true, 0,
                20))).isEqualTo(1);
        // read again after a file is written
        espionne.situations().save(espionne.situations().findAll().get(0));
        assertThat(requetesDe(liste, new CritereSituations("", true, null, null, null, null, null, null, true, 0,
                20))).isEqualTo(2);
    }

    /**
     * Each statement taken from H2's pool and given back cost two ROLLBACKs, and a walk of frequent words a dozen
     * statements (decision 0062): a page, whatever its search, takes one connection; on H2 a walk prepares each of
     * its statements once (both typed words' ranges: one statement prepared, run twice).
     */
    @Test
    void a_page_takes_one_connection_and_a_walk_prepares_each_statement_once() {
        ListerSituations liste = new ListerSituations(espionne, HORLOGE, () -> COORDINATRICE);
        Situation situation = base.situations().findAll().get(0);
        var personne = base.assures().get(situation.assureId());
        CritereSituations deuxMots = new CritereSituations(personne.nom() + " " + personne.prenom(), true, null, null,
                null, null, null, null, false, 0, 20);
        for (CritereSituations critere : List.of(CritereSituations.tout(), deuxMots,
                new CritereSituations("", true, StatutSituation.SUIVIE, null, null, null, null, null, false, 0, 20),
                new CritereSituations("", true, null, null, null, null, null, null, true, 0, 20))) {
            requetes.connexionsDepuisLaDerniereFois();
            assertThat(liste.rechercher(critere).lignes()).isNotEmpty();
            assertThat(requetes.connexionsDepuisLaDerniereFois()).as(critere.toString()).isEqualTo(1);
        }
        assertThat(liste.rechercher(deuxMots).lignes()).extracting(ResumeSituation::id).contains(situation.id());
        if (base.contexte().moteur() == Moteur.H2) {
            // the two words' ranges (one statement, prepared once), then the page
            assertThat(requetesDe(liste, deuxMots)).isEqualTo(2);
        }
    }

    @Test
    void the_lines_are_those_of_the_whole_files_people_and_requests() {
        ListerSituations liste = new ListerSituations(espionne, HORLOGE, () -> COORDINATRICE);
        List<ResumeSituation> lignes = liste.rechercher(new CritereSituations("", true, null, null, null, null, null,
                null, false, 0, 500)).lignes();

        assertThat(lignes).hasSize((int) base.situations().count())
                .anyMatch(l -> l.demandesEnAttente() > 0).anyMatch(l -> !l.referent().isEmpty());
        for (ResumeSituation ligne : lignes) {
            Situation s = base.situations().get(ligne.id());
            assertThat(ligne).isEqualTo(new ResumeSituation(s.id(), s.numeroDossier(),
                    base.assures().get(s.assureId()).designationPour(Role.COORDINATRICE), s.origine(), s.risque(),
                    s.statut(), s.urgent().leve(), s.complexe().leve(), s.referentSocialId() == null ? ""
                            : base.membres().get(s.referentSocialId()).nomComplet(),
                    base.demandes().findBySituation(s.id()).stream().filter(d -> d.statut() == StatutDemande.A_ETUDIER
                            || d.statut() == StatutDemande.INSCRITE).count()));
        }
    }

    @Test
    void a_partner_is_shown_initials() {
        Membre capEmploi = base.membres().findAll().stream().filter(m -> m.partenaire() == Partenaire.CAP_EMPLOI)
                .findFirst().orElseThrow();
        List<ResumeSituation> lignes = new ListerSituations(espionne, HORLOGE,
                () -> new Utilisateur(capEmploi.id(), "capemploi", Role.PARTENAIRE))
                .rechercher(CritereSituations.tout()).lignes();

        assertThat(lignes).isNotEmpty().allSatisfy(l -> assertThat(l.personne())
                .isEqualTo(base.assures().get(base.situations().get(l.id()).assureId()).initiales()));
    }

    /**
     * The waiting requests of a page's files (the count of each line, the check of each file the « requests
     * waiting » filter walks) are read from the index by file and status (V38) alone: along the index by file, H2
     * read each request's row for its status.
     */
    @Test
    void the_waiting_requests_are_read_from_the_index_by_file_and_status() {
        assumeTrue(base.contexte().moteur() == Moteur.H2, "H2's plan (PostgreSQL plans alone)");
        PlansH2 ecoute = new PlansH2(base);
        DepotSituations situations = new DepotSituations(ecoute.contexte());
        assertThat(situations.lignes(CritereSituations.tout())).anyMatch(l -> l.demandesEnAttente() > 0);
        assertThat(situations.lignes(new CritereSituations("", true, null, null, null, null, null, null, true, 0,
                20))).isNotEmpty();

        List<String> plans = ecoute.plans("\"DEMANDE\"");
        assertThat(plans).hasSizeGreaterThanOrEqualTo(2).allSatisfy(plan -> assertThat(plan)
                .contains("IX_DEMANDE_SITUATION_STATUT").doesNotContainPattern("IX_DEMANDE_SITUATION\\b(?!_)"));
    }

    private int requetesDe(ListerSituations liste, CritereSituations critere) {
        requetes.depuisLaDerniereFois();
        liste.rechercher(critere);
        return requetes.depuisLaDerniereFois();
    }
}
