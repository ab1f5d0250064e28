package fr.cellulepdp.persistence.indicateur;

import fr.cellulepdp.persistence.base.SurBaseTemporaire;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.indicateur.CalculerIndicateurs;
import fr.cellulepdp.model.indicateur.DefinitionsBilan;
import fr.cellulepdp.model.indicateur.Indicateurs;
import fr.cellulepdp.model.indicateur.JeuIndicateurs;
import fr.cellulepdp.model.indicateur.Periode;
import fr.cellulepdp.model.indicateur.RevueBilan;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The national review's figures (seed 003) for the hand-built cell of {@link JeuIndicateurs}: 2026 beside 2025,
 * counted by hand from the dataset.
 *
 * <p>2026: files open S1 (a1, F, 1990-03-01), S2 (a2, closed 1 Oct.), S3 (a3, F, 2000-01-01), S4 (no social
 * référent, closed 20 Dec.), S6 (a2, M, 1970-06-01, most recent of a2); decisions in force S1 essai accord, S2 formation
 * accord sous réserve and CRPE adjourned, S3 PMSMP accord (urgent), S4 CRPE refusal (rectificatif) and essai accord.
 * 2025: S3 (F, 25 at 31 Dec.) and S5 (a5, F, 1960-02-02, closed 1 June 2025 at 65, dismissed for unfitness); one
 * decision, S3's bilan refused.
 */
class RevueBilanTest extends SurBaseTemporaire {

    private static final Utilisateur COORDINATRICE =
            new Utilisateur(JeuIndicateurs.COORDINATRICE, "coordinatrice", Role.COORDINATRICE);
    private RevueBilan bilan;

    @BeforeEach
    void calculer() {
        JeuIndicateurs.charger(base);
        bilan = new CalculerIndicateurs(base, () -> COORDINATRICE).calculer(Periode.annee(2026)).bilan();
    }

    @Test
    void la_periode_precedente_est_la_meme_un_an_plus_tot() {
        assertThat(bilan.precedente()).isEqualTo(Periode.annee(2025));
        assertThat(RevueBilan.precedente(new Periode(LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 31))))
                .isEqualTo(new Periode(LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31)));
    }

    @Test
    void activite_situations_etudiees_et_mesures_accordees_par_famille() {
        assertLigne("A01", 4, 1, "+3 (+300,0\u00a0%)");
        assertLigne("A02", 4, 0, "+4");
        assertLigne("A03", 0, 0, "0");
        assertLigne("A04", 3, 0, "+3");
        assertLigne("A05", 1, 0, "+1");
        assertLigne("A06", 0, 0, "0");
    }

    @Test
    void personnes_accompagnees_sexe_age_moyen_et_median_tranches_du_bilan() {
        // 2026: a1 (F, 36), a2 (M, 56, from S6), a3 (F, 26); S4 has no social référent. 2025: a3 (F, 25), a5 (F, 65)
        assertLigne("P01", 3, 2, "+1 (+50,0\u00a0%)");
        assertLigne("P02", 2, 2, "0 (0,0\u00a0%)");
        assertLigne("P03", 1, 0, "+1");
        assertThat(bilan.ligne("P04").actuel().texte()).isEqualTo("66,7\u00a0%");
        assertThat(bilan.ligne("P04").precedent().texte()).isEqualTo("100,0\u00a0%");
        assertThat(bilan.ligne("P04").evolution()).isEqualTo("−33,3\u00a0pt");
        assertLigne("P05", 31.0, 45.0, "−14,0");
        assertLigne("P06", 31.0, 45.0, "−14,0");
        assertLigne("P07", 56.0, Double.NaN, "");
        assertThat(bilan.ligne("P07").precedent().texte()).isEqualTo("—");
        assertLigne("P08", 56.0, Double.NaN, "");
        assertLigne("P09", 0, 1, "−1 (−100,0\u00a0%)");
        assertLigne("P10", 2, 0, "+2");
        assertLigne("P11", 0, 0, "0");
        assertLigne("P12", 1, 0, "+1");
        assertLigne("P13", 0, 1, "−1 (−100,0\u00a0%)");
        assertLigne("P14", 3, 0, "+3");
        assertLigne("P15", 1, 0, "+1");
        assertLigne("P16", 0, 0, "0");
    }

    @Test
    void statut_au_debut_de_l_arret_et_risque_des_personnes_accompagnees() {
        assertLigne("P17", 1.0, 1.0, "0,0\u00a0pt");
        assertLigne("P18", 0.0, 0.0, "0,0\u00a0pt");
        // risk of each person's most recent file: a1 maladie, a2 AT (S6), a3 maladie; 2025: a3 and a5 maladie
        assertLigne("P20", 2 / 3.0, 1.0, "−33,3\u00a0pt");
        assertLigne("P21", 1 / 3.0, 0.0, "+33,3\u00a0pt");
        assertLigne("P22", 0.0, 0.0, "0,0\u00a0pt");
    }

    @Test
    void origine_des_signalements_en_part() {
        // 2026: S1 and S4 service médical, S2 requête IJ, S6 employeur; 2025: S3 médecin du travail
        assertLigne("S01", 4, 1, "+3 (+300,0\u00a0%)");
        assertLigne("S02", 0.25, 0.0, "+25,0\u00a0pt");
        assertLigne("S03", 0.5, 0.0, "+50,0\u00a0pt");
        assertLigne("S04", 0.0, 1.0, "−100,0\u00a0pt");
        assertLigne("S06", 0.25, 0.0, "+25,0\u00a0pt");
    }

    @Test
    void profil_des_essais_encadres_accordes() {
        // S1 (a1, F, 36 on 10 March 2026, maladie) and S4 (a4: no sex, no birth date, maladie professionnelle)
        assertLigne("E01", 2, 0, "+2");
        assertLigne("E02", 0, 0, "0");
        assertLigne("E03", 1, 0, "+1");
        assertLigne("E04", 36.0, Double.NaN, "");
        assertLigne("E10", 1, 0, "+1");
        assertLigne("E12", 1, 0, "+1");
        assertLigne("E22", 2, 0, "+2");
    }

    @Test
    void situation_en_fin_d_accompagnement() {
        // 2026: S2 maintien dans le même poste, S4 reconversion; 2025: S5 licenciement pour inaptitude
        assertLigne("F01", 2, 1, "+1 (+100,0\u00a0%)");
        assertLigne("F02", 0.5, 0.0, "+50,0\u00a0pt");
        assertLigne("F03", 0.5, 0.0, "+50,0\u00a0pt");
        assertLigne("F04", 0.0, 1.0, "−100,0\u00a0pt");
    }

    @Test
    void le_suivi_conjoint_compte_les_dossiers_dont_le_consentement_couvre_un_partenaire() {
        var s = base.situations().get(JeuIndicateurs.S1);
        base.situations().save(new fr.cellulepdp.model.situation.Situation(s.id(), s.version(), s.numeroDossier(),
                s.assureId(), s.referentSocialId(), s.dateSignalement(), s.origine(), s.risque(), s.debutArret(),
                s.finArretPrevue(), new fr.cellulepdp.model.situation.Consentement(LocalDate.of(2026, 1, 1),
                        java.util.Set.of(fr.cellulepdp.model.cellule.Partenaire.CAP_EMPLOI), null), s.urgent(),
                s.complexe(), s.notesSociales(), s.avisMedical(), s.statut(), s.issue(), s.dateCloture(),
                s.serviceSanteTravail()));
        RevueBilan apres = new CalculerIndicateurs(base, () -> COORDINATRICE).calculer(Periode.annee(2026)).bilan();
        assertThat(apres.ligne("C01").actuel().valeur()).isEqualTo(1.0);
        assertThat(bilan.ligne("C01").actuel().valeur()).isZero();
    }

    @Test
    void chaque_figure_a_sa_definition_et_les_chiffres_non_disponibles_leur_raison_dans_l_export() {
        Indicateurs ind = new CalculerIndicateurs(base, () -> COORDINATRICE).calculer(Periode.annee(2026));
        assertThat(DefinitionsBilan.figures()).allSatisfy(f -> assertThat(f.definition()).isNotBlank());
        assertThat(ind.lignesExport()).anySatisfy(l -> {
            assertThat(l.libelle()).isEqualTo("P01 — Personnes accompagnées individuellement");
            assertThat(l.colonne()).isEqualTo("Période précédente (2025-01-01 – 2025-12-31)");
            assertThat(l.valeur()).isEqualTo("2");
        });
        assertThat(ind.lignesExport()).anySatisfy(l -> {
            assertThat(l.rubrique()).isEqualTo("Bilan national — non disponible");
            assertThat(l.libelle()).startsWith("Actes professionnels");
            assertThat(l.definition()).isNotBlank();
        });
    }

    private void assertLigne(String code, double actuel, double precedent, String evolution) {
        RevueBilan.Ligne l = bilan.ligne(code);
        assertThat(l.actuel().valeur()).as(code + " période").isCloseTo(actuel, org.assertj.core.data.Offset.offset(1e-9));
        if (Double.isNaN(precedent)) {
            assertThat(l.precedent().valeur()).as(code + " période précédente").isNull();
        } else {
            assertThat(l.precedent().valeur()).as(code + " période précédente")
                    .isCloseTo(precedent, org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(l.evolution()).as(code + " évolution").isEqualTo(evolution);
    }
}
