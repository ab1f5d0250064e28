package fr.cellulepdp.model.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.ConflitDeModificationException;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.CreerSituation;
import fr.cellulepdp.model.situation.EtatDossier;
import fr.cellulepdp.model.situation.FicheSituation;
import fr.cellulepdp.model.situation.IssueSituation;
import fr.cellulepdp.model.situation.ModifierSituation;
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

/**
 * Editing a person and their situation, closing and reopening files, on the in-memory store.
 */
class ModifierSituationTest {

    private static final Horloge HORLOGE = Horloge.fixe(Instant.parse("2026-11-23T09:00:00Z"));
    private static final Utilisateur ACTEUR = Utilisateur.systeme();
    private static final String NIR_ANNE = "269054958815780";
    private static final String NIR_PAUL = "185057800608491";

    private StockageEnMemoire base;
    private ModifierSituation modifier;
    private Situation situation;

    @BeforeEach
    void ouvrir() {
        base = new StockageEnMemoire();
        modifier = new ModifierSituation(base, HORLOGE, () -> ACTEUR);
        situation = new CreerSituation(base, HORLOGE, () -> ACTEUR).creer(fiche(NIR_ANNE, "Roy")).situation();
    }

    private static FicheSituation fiche(String nir, String nom) {
        // the birth date and sex each NIR gives (2 69 05 … and 1 85 05 …)
        boolean paul = nir.equals(NIR_PAUL);
        return new FicheSituation(nir, nom, "Anne", paul ? LocalDate.of(1985, 5, 12) : LocalDate.of(1969, 5, 12),
                paul ? Sexe.MASCULIN : Sexe.FEMININ, StatutAssure.SALARIE,
                "", "", null, "Fictive", "", "", Origine.MEDECIN_TRAVAIL, LocalDate.of(2026, 10, 1),
                Risque.ACCIDENT_TRAVAIL, LocalDate.of(2026, 8, 1), null, null, false, "", false, "",
                LocalDate.of(2026, 10, 2), Set.of(Partenaire.CAP_EMPLOI), "", "SPSTI de la Nièvre (fictif)");
    }

    private Situation enregistrer(Situation lue, FicheSituation fiche, EtatDossier etat) {
        return modifier.modifier(base.assures().get(lue.assureId()), lue, fiche, etat);
    }

    private static EtatDossier ouvert() {
        return new EtatDossier(StatutSituation.SUIVIE, null, null, null);
    }

    @Test
    void saves_the_person_and_the_situation_together_keeping_number_and_medical_opinion() {
        Situation modifiee = enregistrer(situation, fiche(NIR_ANNE, "Roy-Martin"), ouvert());

        assertThat(modifiee.numeroDossier()).isEqualTo(situation.numeroDossier());
        assertThat(modifiee.statut()).isEqualTo(StatutSituation.SUIVIE);
        assertThat(base.situations().get(situation.id()).serviceSanteTravail()).isEqualTo("SPSTI de la Nièvre (fictif)");
        assertThat(base.assures().get(situation.assureId()).nom()).isEqualTo("Roy-Martin");
        assertThat(base.situations().get(situation.id()).version()).isEqualTo(situation.version() + 1);
    }

    @Test
    void a_save_by_a_referent_who_did_not_see_the_medical_opinion_logs_only_the_fields_changed() {
        Utilisateur medecin = new Utilisateur(null, "medecin", fr.cellulepdp.model.cellule.Role.REFERENT_MEDICAL);
        new fr.cellulepdp.model.situation.AvisMedicalSituation(base, HORLOGE, () -> medecin).enregistrer(situation.id(),
                "avis du médecin");
        Situation relue = base.situations().get(situation.id());
        // the social référent's copy, read without the medical opinion
        Situation sansAvis = new Situation(relue.id(), relue.version(), relue.numeroDossier(), relue.assureId(),
                relue.referentSocialId(), relue.dateSignalement(), relue.origine(), relue.risque(), relue.debutArret(),
                relue.finArretPrevue(), relue.consentement(), relue.urgent(), relue.complexe(), relue.notesSociales(),
                "", relue.statut(), relue.issue(), relue.dateCloture(), relue.serviceSanteTravail());
        Utilisateur sociale = new Utilisateur(null, "sociale", fr.cellulepdp.model.cellule.Role.REFERENT_SOCIAL);

        new ModifierSituation(base, HORLOGE, () -> sociale).modifier(base.assures().get(situation.assureId()), sansAvis, fiche(NIR_ANNE, "Roy"),
                new EtatDossier(StatutSituation.SUIVIE, null, null, null));

        assertThat(base.situations().get(situation.id()).avisMedical()).isEqualTo("avis du médecin");
        assertThat(base.journalAudit().findAll()).filteredOn(e -> e.action().equals("MODIFICATION")).last()
                .satisfies(e -> assertThat(e.details()).contains("statut").doesNotContain("avisMedical"));
    }

    @Test
    void closing_needs_an_outcome_and_a_date_not_in_the_future_nor_before_the_referral() {
        assertThatThrownBy(() -> enregistrer(situation, fiche(NIR_ANNE, "Roy"),
                new EtatDossier(StatutSituation.CLOTUREE, null, null, null)))
                .isInstanceOfSatisfying(SaisieInvalideException.class, e -> assertThat(e.problemes())
                        .extracting(Probleme::champ).containsExactly(EtatDossier.ISSUE, EtatDossier.CLOTURE));
        assertThatThrownBy(() -> enregistrer(situation, fiche(NIR_ANNE, "Roy"), new EtatDossier(
                StatutSituation.CLOTUREE, IssueSituation.RECONVERSION, LocalDate.of(2026, 9, 30), null)))
                .hasMessageContaining("la date de clôture précède la date de signalement");
        assertThatThrownBy(() -> enregistrer(situation, fiche(NIR_ANNE, "Roy"), new EtatDossier(
                StatutSituation.CLOTUREE, IssueSituation.RECONVERSION, LocalDate.of(2026, 11, 24), null)))
                .hasMessageContaining("la date de clôture est dans le futur");

        Situation close = enregistrer(situation, fiche(NIR_ANNE, "Roy"), new EtatDossier(StatutSituation.CLOTUREE,
                IssueSituation.MAINTIEN_MEME_POSTE, LocalDate.of(2026, 11, 20), null));

        assertThat(close.estOuverte()).isFalse();
        assertThat(close.issue()).isEqualTo(IssueSituation.MAINTIEN_MEME_POSTE);
        assertThat(close.dateCloture()).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void an_outcome_is_dropped_when_the_file_is_not_closed() {
        Situation modifiee = enregistrer(situation, fiche(NIR_ANNE, "Roy"), new EtatDossier(StatutSituation.SUIVIE,
                IssueSituation.RECONVERSION, LocalDate.of(2026, 11, 20), null));

        assertThat(modifiee.issue()).isNull();
        assertThat(modifiee.dateCloture()).isNull();
    }

    @Test
    void consent_withdrawal_is_kept_and_checked_against_the_consent_date() {
        assertThatThrownBy(() -> enregistrer(situation, fiche(NIR_ANNE, "Roy"),
                new EtatDossier(StatutSituation.OUVERTE, null, null, LocalDate.of(2026, 10, 1))))
                .hasMessageContaining("le retrait du consentement précède son recueil");

        Situation modifiee = enregistrer(situation, fiche(NIR_ANNE, "Roy"),
                new EtatDossier(StatutSituation.OUVERTE, null, null, LocalDate.of(2026, 11, 10)));

        assertThat(modifiee.consentement().dateRetrait()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(modifiee.consentement().couvre(Partenaire.CAP_EMPLOI, LocalDate.of(2026, 11, 23))).isFalse();
    }

    @Test
    void the_nir_of_another_person_is_refused_and_nothing_is_saved() {
        Situation autre = new CreerSituation(base, HORLOGE, () -> ACTEUR).creer(fiche(NIR_PAUL, "Autre")).situation();

        assertThatThrownBy(() -> enregistrer(situation, fiche(NIR_PAUL, "Changé"), ouvert()))
                .isInstanceOfSatisfying(SaisieInvalideException.class, e -> assertThat(e.problemes())
                        .singleElement().hasToString("NIR : ce NIR est déjà celui d'une autre personne suivie ("
                                + autre.numeroDossier() + ")."));

        assertThat(base.assures().get(situation.assureId()).nom()).isEqualTo("Roy");
        assertThat(base.situations().get(situation.id())).isEqualTo(situation);
    }

    @Test
    void a_closed_file_cannot_be_reopened_while_the_person_has_another_open_one() {
        Situation close = enregistrer(situation, fiche(NIR_ANNE, "Roy"), new EtatDossier(StatutSituation.CLOTUREE,
                IssueSituation.RECONVERSION, LocalDate.of(2026, 11, 20), null));
        Situation nouvelle = new CreerSituation(base, HORLOGE, () -> ACTEUR).creer(fiche(NIR_ANNE, "Roy")).situation();

        assertThatThrownBy(() -> enregistrer(close, fiche(NIR_ANNE, "Roy"), ouvert()))
                .hasMessageContaining("cette personne a déjà un dossier ouvert, " + nouvelle.numeroDossier());
        assertThat(base.situations().get(close.id()).estOuverte()).isFalse();
    }

    @Test
    void a_file_changed_meanwhile_is_not_overwritten() {
        Situation parAutrui = enregistrer(situation, fiche(NIR_ANNE, "Roy"), ouvert());
        Assure assureAvant = base.assures().get(situation.assureId());

        assertThatThrownBy(() -> modifier.modifier(assureAvant, situation, fiche(NIR_ANNE, "Écrasé"),
                ouvert())).isInstanceOf(ConflitDeModificationException.class);

        assertThat(base.assures().get(situation.assureId()).nom()).isEqualTo("Roy");
        assertThat(base.situations().get(situation.id())).isEqualTo(parAutrui);
    }
}
