package fr.cellulepdp.model.situation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.indicateur.JeuIndicateurs;
import fr.cellulepdp.model.memoire.StockageEnMemoire;
import fr.cellulepdp.model.situation.Consentement;
import fr.cellulepdp.model.situation.CritereSituations;
import fr.cellulepdp.model.situation.ListerSituations;
import fr.cellulepdp.model.situation.ResumeSituation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A partner sees only the files whose person's consent, valid today, covers the partner's kind of organisation — in
 * the list, the search (in the database, on H2 and PostgreSQL) and the files behind a figure — and no search of theirs
 * can tell whether a person is followed: a NIR gets the same answer for a hidden file as for an unknown one.
 */
class PartenairesConsentementTest {

    private final StockageEnMemoire base = new StockageEnMemoire();

    private final Horloge horloge = Horloge.fixe(Instant.parse("2026-11-23T10:00:00Z"));
    private final Utilisateur capEmploi = new Utilisateur(JeuIndicateurs.PARTENAIRE, "cap.emploi", Role.PARTENAIRE);
    private ListerSituations lister;

    @BeforeEach
    void consentements() {
        JeuIndicateurs.charger(base);
        JeuIndicateurs.consentementsVaries(base, LocalDate.of(2026, 12, 1));
        lister = new ListerSituations(base, horloge, () -> capEmploi);
    }

    @Test
    void a_partner_lists_and_finds_only_the_files_whose_consent_covers_them_today() {
        List<UUID> tous = List.of(JeuIndicateurs.S1, JeuIndicateurs.S2, JeuIndicateurs.S3, JeuIndicateurs.S4,
                JeuIndicateurs.S5, JeuIndicateurs.S6);

        assertThat(lister.lister()).extracting(ResumeSituation::id).containsExactly(JeuIndicateurs.S1);
        var recherche = lister.rechercher(CritereSituations.tout());
        assertThat(recherche.lignes()).extracting(ResumeSituation::id).containsExactly(JeuIndicateurs.S1);
        assertThat(recherche.total()).isEqualTo(1);
        assertThat(lister.parIdentifiants(tous)).extracting(ResumeSituation::id)
                .containsExactly(JeuIndicateurs.S1);
        assertThat(lister.rechercher(critere("PDP-IND-2")).total()).as("a hidden file's number").isZero();

        // the coordinatrice sees every file
        Utilisateur coordinatrice = new Utilisateur(null, "coordinatrice", Role.COORDINATRICE);
        assertThat(new ListerSituations(base, horloge, () -> coordinatrice).rechercher(CritereSituations.tout()).total()).isEqualTo(base.situations()
                .count());
    }

    @Test
    void a_nir_search_tells_a_partner_nothing_neither_for_a_hidden_nor_for_a_shared_file() {
        String partage = nir(JeuIndicateurs.S1);
        String cache = nir(JeuIndicateurs.S2);
        Utilisateur coordinatrice = new Utilisateur(null, "coordinatrice", Role.COORDINATRICE);
        assertThat(new ListerSituations(base, horloge, () -> coordinatrice).rechercher(critere(cache)).total()).as("the NIR search works").isPositive();

        for (String nir : List.of(partage, cache, "2690549588157" + "80")) {
            var resultat = lister.rechercher(critere(nir));
            assertThat(resultat.total()).as("same answer as an unknown NIR").isZero();
            assertThat(resultat.lignes()).isEmpty();
        }
    }

    @Test
    void a_partner_whose_organisation_is_unknown_sees_no_file() {
        Utilisateur inconnu = new Utilisateur(null, "partenaire", Role.PARTENAIRE);

        assertThat(new ListerSituations(base, horloge, () -> inconnu).lister()).isEmpty();
        assertThat(new ListerSituations(base, horloge, () -> inconnu).rechercher(CritereSituations.tout()).total()).isZero();
    }

    private static CritereSituations critere(String texte) {
        return new CritereSituations(texte, true, null, null, null, null, null, null, false, 0,
                CritereSituations.LIMITE_PAR_DEFAUT);
    }

    private String nir(UUID situation) {
        return JeuIndicateurs.nir(base, situation);
    }
}
