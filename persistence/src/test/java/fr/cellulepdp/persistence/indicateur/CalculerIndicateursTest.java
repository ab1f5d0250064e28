package fr.cellulepdp.persistence.indicateur;

import fr.cellulepdp.persistence.base.SurBaseTemporaire;

import static fr.cellulepdp.model.indicateur.JeuIndicateurs.S1;
import static fr.cellulepdp.model.indicateur.JeuIndicateurs.S2;
import static fr.cellulepdp.model.indicateur.JeuIndicateurs.S3;
import static fr.cellulepdp.model.indicateur.JeuIndicateurs.S4;
import static fr.cellulepdp.model.indicateur.JeuIndicateurs.S6;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.indicateur.CalculerIndicateurs;
import fr.cellulepdp.model.indicateur.Indicateurs;
import fr.cellulepdp.model.indicateur.Indicateurs.Chiffre;
import fr.cellulepdp.model.indicateur.Indicateurs.IndicateurNational;
import fr.cellulepdp.model.indicateur.Indicateurs.Repartition;
import fr.cellulepdp.model.indicateur.Indicateurs.TableauCroise;
import fr.cellulepdp.model.indicateur.JeuIndicateurs;
import fr.cellulepdp.model.indicateur.Periode;
import fr.cellulepdp.model.situation.ListerSituations;
import fr.cellulepdp.model.situation.ResumeSituation;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every figure of the hand-built cell of {@link JeuIndicateurs}, for 2026, checked against counts made by hand. */
class CalculerIndicateursTest extends SurBaseTemporaire {

    private static final Utilisateur COORDINATRICE =
            new Utilisateur(JeuIndicateurs.COORDINATRICE, "coordinatrice", Role.COORDINATRICE);
    private Indicateurs annee;

    @BeforeEach
    void calculer() {
        JeuIndicateurs.charger(base);
        annee = new CalculerIndicateurs(base, () -> COORDINATRICE).calculer(Periode.annee(2026));
    }

    @Test
    void activite_et_delais() {
        assertThat(annee.situationsEtudiees().valeur()).isEqualTo(4);
        assertThat(annee.situationsEtudiees().situations()).containsExactlyInAnyOrder(S1, S2, S3, S4);
        assertThat(annee.seances().tenues()).isEqualTo(4);
        assertThat(annee.seances().convocations()).isEqualTo(10);
        assertThat(annee.seances().presences()).isEqualTo(7);
        assertThat(Indicateurs.pourcentage(annee.seances().tauxPresence())).isEqualTo("70,0\u00a0%");
        // 3, 18, 26, 36, 40, 67 days
        assertThat(annee.delai().decisions()).isEqualTo(6);
        assertThat(annee.delai().medianeJours()).isEqualTo(31.0);
        assertThat(annee.delai().centile90Jours()).isEqualTo(67);
    }

    @Test
    void decisions_par_mesure_et_issue_sans_les_decisions_corrigees_ni_celles_d_une_seance_ouverte() {
        TableauCroise tableau = annee.decisionsParMesure();
        assertThat(tableau.colonnes()).containsExactly("Accord", "Accord sous réserve", "Refus", "Ajournement",
                "Sans objet");
        assertThat(lignes(tableau)).containsExactly(
                Map.entry("essai encadré", List.of(2L, 0L, 0L, 0L, 0L)),
                Map.entry("convention de rééducation professionnelle en entreprise", List.of(0L, 0L, 1L, 1L, 0L)),
                Map.entry("période de mise en situation en milieu professionnel", List.of(1L, 0L, 0L, 0L, 0L)),
                Map.entry("formation pendant l'arrêt de travail", List.of(0L, 1L, 0L, 0L, 0L)));
        assertThat(tableau.lignes().get(0).cellules().get(0).situations()).containsExactlyInAnyOrder(S1, S4);
    }

    @Test
    void signalements_par_origine_risque_age_et_sexe() {
        assertThat(valeurs(annee.parOrigine())).containsEntry("Service médical", 2L)
                .containsEntry("Requête IJ 60 jours", 1L).containsEntry("Employeur", 1L)
                .containsEntry("Médecin du travail", 0L).doesNotContainKey("Non renseigné");
        assertThat(annee.parOrigine().total()).isEqualTo(4);
        assertThat(chiffre(annee.parOrigine(), "Service médical").situations()).containsExactlyInAnyOrder(S1, S4);
        assertThat(valeurs(annee.parRisque())).containsEntry("Accident du travail", 2L).containsEntry("Maladie", 1L)
                .containsEntry("Maladie professionnelle", 1L).containsEntry("Invalidité", 0L);
        assertThat(valeurs(annee.parAge())).containsExactly(Map.entry("Moins de 30 ans", 0L),
                Map.entry("30 à 39 ans", 1L), Map.entry("40 à 49 ans", 0L), Map.entry("50 à 59 ans", 2L),
                Map.entry("60 ans et plus", 0L), Map.entry("Non renseigné", 1L));
        assertThat(valeurs(annee.parSexe())).containsExactly(Map.entry("Féminin", 1L), Map.entry("Masculin", 2L),
                Map.entry("Non renseigné", 1L));
        assertThat(chiffre(annee.parSexe(), "Masculin").situations()).containsExactlyInAnyOrder(S2, S6);
    }

    @Test
    void issues_des_situations_cloturees_et_devenir_apres_chaque_mesure() {
        assertThat(valeurs(annee.issues())).containsEntry("Maintien dans le même poste", 1L)
                .containsEntry("Reconversion professionnelle", 1L).containsEntry("Licenciement pour inaptitude", 0L);
        assertThat(annee.issues().total()).isEqualTo(2);
        Map<String, List<Long>> devenir = lignes(annee.devenirParMesure());
        assertThat(devenir).containsOnlyKeys("essai encadré", "formation pendant l'arrêt de travail");
        assertThat(devenir.get("essai encadré")).containsExactly(0L, 0L, 1L, 0L, 0L, 0L);
        assertThat(devenir.get("formation pendant l'arrêt de travail")).containsExactly(1L, 0L, 0L, 0L, 0L, 0L);
    }

    @Test
    void indicateurs_nationaux_calcules_ou_non_calculables_avec_la_raison() {
        Map<String, IndicateurNational> nationaux = new LinkedHashMap<>();
        annee.nationaux().forEach(n -> nationaux.put(n.code(), n));
        assertThat(nationaux).containsOnlyKeys("R1", "R2", "R3", "R4", "R5", "S1", "P1", "P2");
        assertThat(nationaux.get("R1").chiffre().valeur()).isEqualTo(1);
        assertThat(nationaux.get("R2").chiffre().valeur()).isEqualTo(3);
        assertThat(nationaux.get("R3").chiffre().valeur()).isZero();
        assertThat(nationaux.get("S1").chiffre().valeur()).isEqualTo(3);
        assertThat(nationaux.get("S1").chiffre().situations()).containsExactlyInAnyOrder(S1, S2, S3, S6);
        assertThat(nationaux.get("P1").chiffre().valeur()).isEqualTo(2);
        // the hand-built cell has no ESPR nor ESPO request: R4 and R5 are 0, no longer « non calculable »
        assertThat(nationaux.get("R4").chiffre().valeur()).isZero();
        assertThat(nationaux.get("R5").chiffre().valeur()).isZero();
        for (String code : List.of("P2")) {
            assertThat(nationaux.get(code).calculable()).as(code).isFalse();
            assertThat(nationaux.get(code).nonCalculable()).as(code).isNotBlank();
        }
        assertThat(nationaux.values()).filteredOn(IndicateurNational::calculable)
                .allSatisfy(n -> assertThat(n.definition()).isNotBlank());
    }

    @Test
    void une_decision_urgente_compte_au_jour_ou_elle_a_ete_prise() {
        Indicateurs jour = new CalculerIndicateurs(base, () -> COORDINATRICE).calculer(new Periode(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 2)));
        assertThat(jour.situationsEtudiees().situations()).containsExactly(S3);
        assertThat(jour.seances().tenues()).isZero();
        assertThat(jour.seances().tauxPresence()).isZero();
    }

    @Test
    void l_export_a_plat_reprend_chaque_chiffre() {
        List<Indicateurs.LigneExport> lignes = annee.lignesExport();
        assertThat(lignes).anySatisfy(l -> {
            assertThat(l.rubrique()).isEqualTo("Décisions par mesure et par issue");
            assertThat(l.libelle()).isEqualTo("essai encadré");
            assertThat(l.colonne()).isEqualTo("Accord");
            assertThat(l.valeur()).isEqualTo("2");
        });
        assertThat(lignes).anySatisfy(l -> {
            assertThat(l.libelle()).startsWith("R4");
            assertThat(l.valeur()).isEqualTo("0");
            assertThat(l.definition()).contains("ESPR, ex-CRP");
        });
        assertThat(lignes).anySatisfy(l -> assertThat(l).isEqualTo(new Indicateurs.LigneExport(
                "Délai de la demande à la décision", "Médiane (jours)", "", "31", "")));
    }

    @Test
    void les_situations_derriere_un_chiffre_selon_les_droits() {
        Chiffre medical = chiffre(annee.parOrigine(), "Service médical");
        List<ResumeSituation> interne = new ListerSituations(base, () -> COORDINATRICE)
                .parIdentifiants(medical.situations());
        assertThat(interne).extracting(ResumeSituation::numeroDossier).containsExactly("PDP-IND-1", "PDP-IND-4");
        assertThat(interne).extracting(ResumeSituation::personne).containsExactly("ALPHA Prénom", "DELTA Prénom");
        Utilisateur capEmploi = new Utilisateur(JeuIndicateurs.PARTENAIRE, "partenaire", Role.PARTENAIRE);
        ListerSituations lister = new ListerSituations(base, () -> capEmploi);
        assertThat(lister.parIdentifiants(medical.situations())).as("no consent: nothing").isEmpty();
        for (java.util.UUID id : medical.situations()) {
            var s = base.situations().get(id);
            base.situations().save(new fr.cellulepdp.model.situation.Situation(s.id(), s.version(), s.numeroDossier(),
                    s.assureId(), s.referentSocialId(), s.dateSignalement(), s.origine(), s.risque(), s.debutArret(),
                    s.finArretPrevue(), new fr.cellulepdp.model.situation.Consentement(LocalDate.of(2026, 1, 1),
                            java.util.Set.of(fr.cellulepdp.model.cellule.Partenaire.CAP_EMPLOI), null), s.urgent(),
                    s.complexe(), s.notesSociales(), s.avisMedical(), s.statut(), s.issue(), s.dateCloture(),
                    s.serviceSanteTravail()));
        }
        List<ResumeSituation> partenaire = lister.parIdentifiants(medical.situations());
        assertThat(partenaire).extracting(ResumeSituation::personne).containsExactly("P. A.", "P. D.");
    }

    @Test
    void une_periode_a_l_envers_est_refusee_en_francais() {
        assertThatThrownBy(() -> new Periode(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(SaisieInvalideException.class)
                .hasMessageContaining("la fin de la période (01/01/2026) précède son début (31/12/2026)");
    }

    private static Map<String, Long> valeurs(Repartition repartition) {
        Map<String, Long> valeurs = new LinkedHashMap<>();
        repartition.chiffres().forEach(c -> valeurs.put(c.libelle(), c.valeur()));
        return valeurs;
    }

    private static Chiffre chiffre(Repartition repartition, String libelle) {
        return repartition.chiffres().stream().filter(c -> c.libelle().equals(libelle)).findFirst().orElseThrow();
    }

    private static Map<String, List<Long>> lignes(TableauCroise tableau) {
        Map<String, List<Long>> lignes = new LinkedHashMap<>();
        tableau.lignes().forEach(l -> lignes.put(l.libelle(), l.cellules().stream().map(Chiffre::valeur).toList()));
        return lignes;
    }
}
