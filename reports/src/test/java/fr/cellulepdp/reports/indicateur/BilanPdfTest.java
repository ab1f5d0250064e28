package fr.cellulepdp.reports.indicateur;

import fr.cellulepdp.reports.document.ContenuDemo;
import fr.cellulepdp.reports.document.GenerateurPdf;
import fr.cellulepdp.reports.document.GenerateurPdfTest;
import fr.cellulepdp.reports.document.ValidationPdfA;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.document.DocumentPdf;
import fr.cellulepdp.model.indicateur.GenerateurBilan.ContenuBilan;
import fr.cellulepdp.model.indicateur.Indicateurs;
import fr.cellulepdp.model.indicateur.Indicateurs.ActiviteSeances;
import fr.cellulepdp.model.indicateur.Indicateurs.Chiffre;
import fr.cellulepdp.model.indicateur.Indicateurs.Delai;
import fr.cellulepdp.model.indicateur.Indicateurs.IndicateurNational;
import fr.cellulepdp.model.indicateur.Indicateurs.Repartition;
import fr.cellulepdp.model.indicateur.Indicateurs.TableauCroise;
import fr.cellulepdp.model.indicateur.DefinitionsBilan;
import fr.cellulepdp.model.indicateur.FaitsBilan;
import fr.cellulepdp.model.indicateur.Periode;
import fr.cellulepdp.model.indicateur.RevueBilan;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The review: PDF/A, every section present with its figures, national indicators with definition or reason. */
public class BilanPdfTest {

    @Test
    void the_yearly_review_is_pdf_a_with_charts_tables_and_the_national_indicators() throws Exception {
        DocumentPdf bilan = new GenerateurPdf().bilan(new ContenuBilan(ContenuDemo.derniereSeanceCloturee().cellule(),
                null, indicateurs(Periode.annee(2026)), LocalDate.of(2026, 11, 23)));
        GenerateurPdfTest.garder("bilan-annuel.pdf", bilan.contenu());

        assertThat(ValidationPdfA.reglesEnfreintes(bilan.contenu())).isEmpty();
        String texte = GenerateurPdfTest.texte(bilan.contenu());
        assertThat(texte).contains("Bilan annuel 2026", "du 1er janvier 2026 au 31 décembre 2026",
                "Situations étudiées", "Séances tenues", "70,0 % (7 sur 10)", "Délai médian", "31 jours",
                "67 jours", "Décisions par mesure et par issue", "Essai encadré", "Signalements par origine (4)",
                "Service médical", "Signalements par tranche d'âge", "Devenir des personnes",
                "Indicateurs nationaux", "R2", "non calculable", "Les formations en CRP", "page 1 / ");
        // the national review's figures beside the previous year, with the change, definitions and what is missing
        assertThat(texte).contains("Bilan national de la PDP", "Personnes accompagnées individuellement",
                "+4 (+50,0 %)", "Part des femmes", "58,3 %", "−41,7 pt", "Définitions retenues",
                "Actes professionnels du service social");
    }

    @Test
    void a_period_other_than_a_calendar_year_is_named_by_its_dates() {
        assertThat(BilanPdf.titre(new Periode(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 8, 31)))
                .replace('\u00a0', ' '))
                .isEqualTo("Bilan du 1er mars 2026 au 31 août 2026");
        assertThat(BilanPdf.titre(Periode.annee(2025))).isEqualTo("Bilan annuel 2025");
    }

    public static Indicateurs indicateurs(Periode periode) {
        return new Indicateurs(periode, chiffre("Situations étudiées en séance ou en urgence", 4),
                new TableauCroise("Décisions par mesure et par issue",
                        List.of("Accord", "Accord sous réserve", "Refus", "Ajournement", "Sans objet"),
                        List.of(ligne("essai encadré", 2, 0, 0, 0, 0),
                                ligne("convention de rééducation professionnelle en entreprise", 0, 0, 1, 1, 0))),
                repartition("Signalements par origine", "Service médical", 2, "Requête IJ 60 jours", 1, "Employeur", 1),
                repartition("Signalements par risque", "Maladie", 1, "Accident du travail", 3),
                repartition("Signalements par tranche d'âge", "30 à 39 ans", 1, "50 à 59 ans", 2, "Non renseigné", 1),
                repartition("Signalements par sexe", "Féminin", 1, "Masculin", 3),
                new Delai(6, 31, 67, Set.of()), new ActiviteSeances(4, 10, 7),
                repartition("Issue des situations clôturées", "Maintien dans le même poste", 1,
                        "Reconversion professionnelle", 1),
                new TableauCroise("Devenir des personnes après chaque mesure accordée (situations clôturées)",
                        List.of("Maintien dans le même poste", "Reconversion professionnelle"),
                        List.of(ligne("essai encadré", 0, 1))),
                List.of(new IndicateurNational("R2", "Actions d'évaluation, d'accompagnement, d'information et de "
                                + "conseil réalisées", "Accords rendus pendant la période.", chiffre("Accords", 3), ""),
                        new IndicateurNational("R4", "Formations en CRP financées", "", null,
                                "les formations en CRP ne sont pas une mesure distincte.")),
                new RevueBilan(periode, RevueBilan.precedente(periode),
                        faits(Map.of("PERS", 12L, "PERS_FEMMES", 7L, "PERS_HOMMES", 5L, "PERS_AGE_46_55", 12L)),
                        faits(Map.of("PERS", 8L, "PERS_FEMMES", 8L, "PERS_AGE_26_45", 8L))));
    }

    /** Facts of the national review: those given, the others zero. */
    static FaitsBilan faits(Map<String, Long> donnes) {
        Map<String, Long> valeurs = new java.util.LinkedHashMap<>();
        DefinitionsBilan.faits().keySet().forEach(k -> valeurs.put(k, donnes.getOrDefault(k, 0L)));
        return new FaitsBilan(valeurs, Set.of(), Map.of());
    }

    private static Chiffre chiffre(String libelle, long valeur) {
        return new Chiffre(libelle, valeur, Set.of());
    }

    private static TableauCroise.Ligne ligne(String libelle, long... valeurs) {
        return new TableauCroise.Ligne(libelle, java.util.Arrays.stream(valeurs).mapToObj(v -> chiffre("", v)).toList());
    }

    private static Repartition repartition(String titre, Object... libellesEtValeurs) {
        List<Chiffre> chiffres = new java.util.ArrayList<>();
        for (int i = 0; i < libellesEtValeurs.length; i += 2) {
            chiffres.add(chiffre((String) libellesEtValeurs[i], ((Integer) libellesEtValeurs[i + 1]).longValue()));
        }
        return new Repartition(titre, chiffres);
    }
}
