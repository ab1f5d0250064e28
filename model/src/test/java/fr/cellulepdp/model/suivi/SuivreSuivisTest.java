package fr.cellulepdp.model.suivi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.ConflitDeModificationException;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.indicateur.JeuIndicateurs;
import fr.cellulepdp.model.memoire.StockageEnMemoire;
import fr.cellulepdp.model.suivi.Suivi;
import fr.cellulepdp.model.suivi.SuivreSuivis;
import fr.cellulepdp.model.suivi.SuivreSuivis.LigneSuivi;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SuivreSuivisTest {

    private final StockageEnMemoire base = new StockageEnMemoire();

    private static final Utilisateur COORDINATRICE =
            new Utilisateur(JeuIndicateurs.COORDINATRICE, "coordinatrice", Role.COORDINATRICE);
    private static final Utilisateur PARTENAIRE =
            new Utilisateur(JeuIndicateurs.PARTENAIRE, "partenaire", Role.PARTENAIRE);
    private static final LocalDate AUJOURDHUI = LocalDate.of(2026, 11, 23);

    private SuivreSuivis suivis;
    private UUID enRetard;
    private UUID aVenir;

    @BeforeEach
    void preparer() {
        JeuIndicateurs.charger(base);
        suivis = new SuivreSuivis(base, Horloge.fixe(Instant.parse("2026-11-23T10:00:00Z")), () -> COORDINATRICE);
        enRetard = suivi(JeuIndicateurs.S1, "Bilan de fin d'essai", JeuIndicateurs.REFERENT_SOCIAL,
                LocalDate.of(2026, 11, 2), null);
        aVenir = suivi(JeuIndicateurs.S3, "Appeler le tuteur", JeuIndicateurs.REFERENT_MEDICAL,
                LocalDate.of(2026, 12, 4), null);
        suivi(JeuIndicateurs.S2, "Point avec l'employeur", JeuIndicateurs.REFERENT_SOCIAL, LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 9, 30));
    }

    @Test
    void liste_par_echeance_les_suivis_en_retard_signales_et_filtre_par_membre() {
        List<LigneSuivi> lignes = suivis.lister(null, false).lignes();
        assertThat(lignes).extracting(LigneSuivi::action).containsExactly("Bilan de fin d'essai", "Appeler le tuteur");
        assertThat(lignes).extracting(LigneSuivi::enRetard).containsExactly(true, false);
        assertThat(lignes.get(0).personne()).isEqualTo("ALPHA Prénom");
        assertThat(lignes.get(0).responsable()).isEqualTo("Prénom REFERENT_SOCIAL");

        assertThat(suivis.lister(JeuIndicateurs.REFERENT_MEDICAL, false).lignes())
                .extracting(LigneSuivi::action).containsExactly("Appeler le tuteur");
        assertThat(suivis.lister(JeuIndicateurs.REFERENT_SOCIAL, true).lignes())
                .extracting(LigneSuivi::action).containsExactly("Point avec l'employeur", "Bilan de fin d'essai");
    }

    @Test
    void un_partenaire_ne_lit_pas_les_suivis_de_la_cellule() {
        SuivreSuivis pourLePartenaire = new SuivreSuivis(base, Horloge.fixe(Instant.parse("2026-11-23T10:00:00Z")),
                () -> PARTENAIRE);
        for (boolean avecRealises : new boolean[] {false, true}) {
            assertThatThrownBy(() -> pourLePartenaire.lister(null, avecRealises))
                    .isInstanceOf(SaisieInvalideException.class)
                    .hasMessageContaining("seuls les membres internes de la cellule lisent les suivis");
        }
    }

    @Test
    void chaque_suivi_montre_le_dernier_rappel_parti_qui_le_nommait() {
        Instant premier = Instant.parse("2026-11-20T07:00:00Z");
        Instant dernier = Instant.parse("2026-11-21T07:00:00Z");
        base.suivis().noterRappel(List.of(enRetard), premier);
        base.suivis().noterRappel(List.of(enRetard), dernier);

        assertThat(suivis.lister(null, false).lignes()).extracting(LigneSuivi::rappeleLe)
                .containsExactly(dernier, null);
    }

    @Test
    void marquer_realise_avec_une_note() {
        LigneSuivi ligne = suivis.lister(null, false).lignes().get(0);
        suivis.marquerRealise(ligne.id(), ligne.version(), AUJOURDHUI, "  Bilan fait avec le tuteur. ");

        Suivi enregistre = base.suivis().get(enRetard);
        assertThat(enregistre.realiseLe()).isEqualTo(AUJOURDHUI);
        assertThat(enregistre.note()).isEqualTo("Bilan fait avec le tuteur.");
        assertThat(suivis.lister(null, false).lignes()).extracting(LigneSuivi::id).containsExactly(aVenir);
        assertThatThrownBy(() -> suivis.marquerRealise(enRetard, enregistre.version(), AUJOURDHUI, "x"))
                .isInstanceOf(SaisieInvalideException.class)
                .hasMessageContaining("déjà marqué réalisé le 23/11/2026");
    }

    @Test
    void une_saisie_incomplete_ou_une_date_future_est_refusee_en_nommant_les_champs_et_rien_n_est_enregistre() {
        long version = base.suivis().get(enRetard).version();
        assertThatThrownBy(() -> suivis.marquerRealise(enRetard, version, null, " "))
                .isInstanceOfSatisfying(SaisieInvalideException.class, e -> assertThat(e.problemes())
                        .extracting(Probleme::champ).containsExactly("realiseLe", "note"));
        assertThatThrownBy(() -> suivis.marquerRealise(enRetard, version, AUJOURDHUI.plusDays(1),
                "fait"))
                .isInstanceOf(SaisieInvalideException.class)
                .hasMessageContaining("24/11/2026) ne peut pas être dans le futur");
        assertThat(base.suivis().get(enRetard).estRealise()).isFalse();
    }

    @Test
    void deux_membres_qui_marquent_le_meme_suivi_le_second_recoit_un_conflit() {
        LigneSuivi vueParLUn = suivis.lister(null, false).lignes().get(0);
        LigneSuivi vueParLAutre = suivis.lister(null, false).lignes().get(0);
        suivis.marquerRealise(vueParLUn.id(), vueParLUn.version(), AUJOURDHUI, "Fait.");
        // the second member's version is stale: the repository refuses it, the first note stays
        assertThatThrownBy(() -> new SuivreSuivis(base, Horloge.fixe(Instant.parse("2026-11-23T10:00:00Z")), () -> COORDINATRICE)
                .marquerRealise(vueParLAutre.id(), vueParLAutre.version(), AUJOURDHUI, "Autre"))
                .isInstanceOf(ConflitDeModificationException.class).hasMessageContaining("rechargez");
        assertThat(base.suivis().get(enRetard).note()).isEqualTo("Fait.");
    }

    @Test
    void un_partenaire_ne_modifie_pas_les_suivis() {
        assertThatThrownBy(() -> new SuivreSuivis(base, Horloge.fixe(Instant.parse("2026-11-23T10:00:00Z")), () -> PARTENAIRE).marquerRealise(enRetard, 0, AUJOURDHUI, "fait"))
                .isInstanceOf(SaisieInvalideException.class).hasMessageContaining("partenaire");
        assertThat(base.suivis().get(enRetard).estRealise()).isFalse();
    }

    private UUID suivi(UUID situation, String action, UUID responsable, LocalDate echeance, LocalDate realiseLe) {
        UUID id = UUID.randomUUID();
        base.suivis().save(new Suivi(id, 0, situation, null, action, responsable, echeance, realiseLe,
                realiseLe == null ? "" : "fait"));
        return id;
    }
}
