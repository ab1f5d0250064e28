package fr.cellulepdp.persistence.situation;

import fr.cellulepdp.persistence.base.SurBaseTemporaire;
import fr.cellulepdp.persistence.depot.Moteur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.CritereSituations;
import fr.cellulepdp.model.situation.Entreprise;
import fr.cellulepdp.model.situation.MotsRecherche;
import fr.cellulepdp.model.situation.Nir;
import fr.cellulepdp.model.situation.OrdreNumerosDossier;
import fr.cellulepdp.model.situation.Origine;
import fr.cellulepdp.model.situation.Risque;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.situation.StatutAssure;
import fr.cellulepdp.model.situation.StatutSituation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Frequent words (decision 0050): files whose words are common first names and employers, searched page after page
 * (each page after the last file of the one before), give exactly the files of the plain definition — every typed
 * word begins a word of the file — newest first, whatever the page size, the filters and the words' order; and on
 * H2 a page of two frequent words looks up only about the page's files, not every file of the rarer word.
 */
class MotsFrequentsTest extends SurBaseTemporaire {

    private static final String[] PRENOMS = {"Hélène", "Helena", "Hélène-Zoé", "Jérôme"};
    private static final String[] EMPLOYEURS = {"Boulangerie Martin", "Transports Girard", null};

    /** Each file's words and number, as the plain definition reads them. */
    private final Map<UUID, Set<String>> motsParDossier = new HashMap<>();
    private final Map<UUID, String> numeros = new HashMap<>();
    private final Map<UUID, StatutSituation> statuts = new HashMap<>();

    @BeforeEach
    void dossiers() {
        List<Situation> nouvelles = new ArrayList<>();
        for (int i = 0; i < 160; i++) {
            String prenom = PRENOMS[i % PRENOMS.length];
            String employeur = EMPLOYEURS[i % 7 % EMPLOYEURS.length];
            UUID assure = UUID.randomUUID();
            String corps = "1800158" + String.format(Locale.ROOT, "%06d", i);
            base.assures().save(new Assure(assure, 0, Nir.de(corps + Nir.calculerCle(corps)), "Nom" + i, prenom,
                    LocalDate.of(1980, 1, 1), null, null, "", "", StatutAssure.SALARIE,
                    employeur == null ? null : new Entreprise(employeur, null), ""));
            // numbers past 9 999 in a year and two years mixed: the order is the numeric key's
            String numero = "PDP-" + (2025 + i % 2) + "-" + (i % 3 == 0 ? 9_990 + i : i);
            StatutSituation statut = i % 5 == 0 ? StatutSituation.CLOTUREE : StatutSituation.SUIVIE;
            UUID id = UUID.randomUUID();
            nouvelles.add(new Situation(id, 0, numero, assure, null, LocalDate.of(2026, 1, 10),
                    Origine.SERVICE_MEDICAL, Risque.MALADIE, null, null, null, null, null, "", "", statut,
                    statut == StatutSituation.CLOTUREE ? fr.cellulepdp.model.situation.IssueSituation.MAINTIEN_MEME_POSTE
                            : null, statut == StatutSituation.CLOTUREE ? LocalDate.of(2026, 6, 1) : null, ""));
            Set<String> mots = new HashSet<>(MotsRecherche.duNumero(numero));
            mots.addAll(MotsRecherche.dePersonne("Nom" + i, prenom, employeur));
            motsParDossier.put(id, mots);
            numeros.put(id, numero);
            statuts.put(id, statut);
        }
        base.situations().insererTous(nouvelles);
    }

    @Test
    void every_page_of_frequent_words_gives_the_files_of_the_definition_newest_first() {
        // the walk as it runs, and by tiny slices after a first reading of one or three entries (a short range read
        // whole, the first words' newest entries kept from that reading, slices doubling, seeks) on these few files
        pagesDeLaDefinition((DepotSituations) base.situations(), List.of(1, 7, 50));
        for (int[] tailles : new int[][] {{0, 1}, {3, 2}}) {
            pagesDeLaDefinition(new DepotSituations(base.contexte(), DepotSituations.MOT_FREQUENT,
                    DepotSituations.FENETRE, tailles[0], tailles[1]), List.of(7, 50));
        }
        assertThat(definition("hélène boulangerie", null)).as("the data have what is searched").hasSizeGreaterThan(10);
    }

    private void pagesDeLaDefinition(DepotSituations depot, List<Integer> pages) {
        for (String texte : List.of("hele", "hélène boulangerie", "boulangerie hele", "helena", "zoe hele",
                "hel bou martin", "jerome transports", "boulangerie", "zoé jérôme", "nom1", "9999 hele", "h")) {
            for (StatutSituation statut : new StatutSituation[] {null, StatutSituation.CLOTUREE}) {
                List<UUID> attendus = definition(texte, statut);
                for (int page : pages) {
                    assertThat(pages(depot, texte, statut, page)).as(texte + ", " + statut + ", pages of " + page)
                            .containsExactlyElementsOf(attendus);
                }
            }
        }
    }

    @Test
    void a_page_of_two_frequent_words_looks_up_the_pages_files_only() {
        assumeTrue(base.contexte().moteur() == Moteur.H2, "H2's plan (PostgreSQL plans the search alone)");
        fr.cellulepdp.persistence.base.PlansH2 espionne = new fr.cellulepdp.persistence.base.PlansH2(base);
        CritereSituations page = new CritereSituations("hélène boulangerie", true, null, null, null, null, null, null,
                false, 0, 5);
        assertThat(new DepotSituations(espionne.contexte()).rechercher(page)).extracting(Situation::id)
                .containsExactlyElementsOf(definition("hélène boulangerie", null).subList(0, 5));
        int rarest = (int) motsParDossier.values().stream()
                .filter(mots -> mots.stream().anyMatch(m -> m.startsWith("boulangerie"))).count();
        // before: the rarer word's files (46 here) looked up and sorted for a page of 5
        assertThat(dossiersLus(espionne.envoyees())).as("files looked up, for %d of the rarer word", rarest)
                .isLessThanOrEqualTo(2 * page.limite());
    }

    /** The rows of the files' table H2 read for these queries ({@code EXPLAIN ANALYZE}: their scan counts). */
    private int dossiersLus(List<String> requetes) {
        Pattern table = Pattern.compile("\"PUBLIC\"\\.\"SITUATION\"(?! *\\.)[^\\n]*\\n(?:[^\\n]*\\n)*?\\s*/\\* scanCount: "
                + "(\\d+) \\*/");
        int lus = 0;
        for (String sql : requetes) {
            if (!sql.toLowerCase(Locale.ROOT).startsWith("select")) {
                continue;
            }
            String plan = base.contexte().dsl().fetchValue("EXPLAIN ANALYZE " + sql).toString();
            Matcher m = table.matcher(plan);
            while (m.find()) {
                lus += Integer.parseInt(m.group(1));
            }
        }
        return lus;
    }

    /** Every file found, read page after page, each after the last file of the one before. */
    private List<UUID> pages(DepotSituations depot, String texte, StatutSituation statut, int taille) {
        List<UUID> lus = new ArrayList<>();
        CritereSituations page = new CritereSituations(texte, true, statut, null, null, null, null, null, false, 0,
                taille);
        for (int i = 0; i <= motsParDossier.size(); i++) {
            List<Situation> lues = depot.rechercher(page.avecUneLigneDePlus());
            lues.stream().limit(taille).forEach(s -> lus.add(s.id()));
            if (lues.size() <= taille) {
                return lus;
            }
            page = page.pageApres(lues.get(taille - 1).numeroDossier());
        }
        throw new AssertionError("more pages than files");
    }

    /** The plain definition: every typed word begins a word of the file; newest file first. */
    private List<UUID> definition(String texte, StatutSituation statut) {
        List<String> tapes = MotsRecherche.deRecherche(texte);
        Stream<UUID> trouves = motsParDossier.entrySet().stream()
                .filter(e -> statut == null || statuts.get(e.getKey()) == statut)
                .filter(e -> tapes.stream().allMatch(t -> e.getValue().stream().anyMatch(m -> m.startsWith(t))))
                .map(Map.Entry::getKey);
        return trouves.sorted(Comparator.comparing(numeros::get, OrdreNumerosDossier.CROISSANT.reversed())).toList();
    }
}
