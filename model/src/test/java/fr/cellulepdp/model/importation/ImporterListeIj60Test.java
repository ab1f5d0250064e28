package fr.cellulepdp.model.importation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.demo.ChargerDonneesDemo;
import fr.cellulepdp.model.importation.ApercuImport;
import fr.cellulepdp.model.importation.ClasseLigne;
import fr.cellulepdp.model.importation.ImporterListeIj60;
import fr.cellulepdp.model.importation.ImportEnUneLecture;
import fr.cellulepdp.model.importation.LigneClassee;
import fr.cellulepdp.model.importation.LigneImport;
import fr.cellulepdp.model.commun.Progression;
import fr.cellulepdp.model.importation.ResultatImport;
import fr.cellulepdp.model.importation.SourceLignesImport;
import fr.cellulepdp.model.situation.Nir;
import fr.cellulepdp.model.situation.Origine;
import fr.cellulepdp.model.situation.Risque;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.memoire.StockageEnMemoire;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The monthly list import against the in-memory store holding the demo cell.
 */
class ImporterListeIj60Test {

    private static final Horloge HORLOGE = Horloge.fixe(Instant.parse("2026-11-23T09:00:00Z"));
    private static final Utilisateur ACTEUR = Utilisateur.systeme();

    private StockageEnMemoire base;
    private ImporterListeIj60 import60;

    @BeforeEach
    void ouvrir() {
        base = new StockageEnMemoire();
        new ChargerDonneesDemo(base, () -> ACTEUR).executer(LocalDate.of(2026, 11, 23));
        import60 = new ImporterListeIj60(base, HORLOGE, () -> ACTEUR);
    }

    private static String nir(String corps) {
        return corps + Nir.calculerCle(corps);
    }

    private static LigneImport ligne(int numero, String nir, String... autres) {
        // born in the year and month, and of the sex, the NIR gives
        Map<String, String> valeurs = new HashMap<>(Map.of("nir", nir, "nom", "Testeur", "prenom", "Alex",
                "date_naissance", naissanceDuNir(nir), "sexe", "17".indexOf(nir.charAt(0)) >= 0 ? "1" : "2", "date_debut_arret", "01/08/2026", "risque", "at",
                "employeur", "Société Fictive", "siret", "73282932000074", "adresse", "3 rue X, 58000 Nevers"));
        for (int i = 0; i < autres.length; i += 2) {
            valeurs.put(autres[i], autres[i + 1]);
        }
        return new LigneImport(numero, valeurs);
    }

    private static String naissanceDuNir(String nir) {
        int annee = Integer.parseInt(nir.substring(1, 3));
        int mois = Integer.parseInt(nir.substring(3, 5));
        return String.format("12/%02d/%d", mois >= 1 && mois <= 12 ? mois : 3, annee <= 10 ? 2000 + annee
                : 1900 + annee);
    }

    private String nirDeDemo() {
        // a person of the demo cell with an open situation
        Situation ouverte = base.situations().findAll().stream().filter(Situation::estOuverte).findFirst().orElseThrow();
        return base.assures().get(ouverte.assureId()).nir().valeur();
    }

    @Test
    void classifies_new_already_followed_duplicate_and_wrong_rows() {
        List<LigneImport> lignes = List.of(
                ligne(2, nir("2800358123001")),
                ligne(3, nirDeDemo()),
                ligne(4, nir("2800358123001"), "nom", "Doublon"),
                ligne(5, "2800358123001" + "00"),
                ligne(6, nir("1800358123002"), "date_debut_arret", "31/02/2026", "risque", "grippe"),
                ligne(7, nir("1800358123003"), "date_naissance", "01/01/2030", "siret", "12345678901234"),
                ligne(8, nir("1800358123004"), "nom", ""),
                ligne(9, nir("1800358123005"), "email", "sans-arobase"));

        ApercuImport apercu = import60.apercu(lignes);

        assertThat(apercu.lignes()).extracting(LigneClassee::classe).containsExactly(ClasseLigne.NOUVELLE,
                ClasseLigne.DEJA_SUIVIE, ClasseLigne.ERREUR, ClasseLigne.ERREUR, ClasseLigne.ERREUR,
                ClasseLigne.ERREUR, ClasseLigne.ERREUR, ClasseLigne.ERREUR);
        assertThat(apercu.lignes().get(1).motif()).startsWith("situation ouverte PDP-");
        assertThat(apercu.erreurs()).extracting(LigneClassee::numeroLigne).containsExactly(4, 5, 6, 7, 8, 9);
        assertThat(apercu.erreurs()).extracting(LigneClassee::motif).containsExactly(
                "même personne (même NIR) qu'à la ligne 2",
                "colonne « nir » : la clé du NIR doit être comprise entre 01 et 97, « 00 » saisie.",
                "colonne « date_debut_arret » : pas une date jj/mm/aaaa existante. ; colonne « risque » : « grippe » "
                        + "inconnu (maladie, at, mp ou invalidite).",
                "colonne « date_naissance » : date dans le futur. ; colonne « date_debut_arret » : l'arrêt de "
                        + "travail commence avant la date de naissance. ; colonne « date_naissance » : l'année de "
                        + "naissance ne correspond pas au NIR (chiffres 2 et 3). ; colonne « siret » : numéro "
                        + "incohérent (clé de Luhn) : vérifiez la saisie.",
                "colonne « nom » : obligatoire, vide",
                "colonne « email » : adresse électronique invalide (forme attendue : nom@domaine.fr).");
        assertThat(apercu.resumeEnFrancais()).isEqualTo("1 nouvelle(s) situation(s), 1 déjà suivie(s), "
                + "6 ligne(s) en erreur.");
        assertThat(apercu.lignes().get(0).personne()).isEqualTo("A. T.");
    }

    @Test
    void the_preview_writes_nothing_and_the_import_creates_situations_once() {
        long situations = base.situations().count();
        List<LigneImport> lignes = List.of(ligne(2, nir("2800358123001")), ligne(3, nir("1800358123009"),
                "risque", "Invalidité"), ligne(4, nirDeDemo()));
        ApercuImport apercu = import60.apercu(lignes);
        assertThat(base.situations().count()).isEqualTo(situations);

        ResultatImport resultat = import60.importer(apercu, Progression.AUCUNE);

        assertThat(resultat.situationsCreees()).isEqualTo(2);
        assertThat(resultat.personnesCreees()).isEqualTo(2);
        assertThat(base.situations().count()).isEqualTo(situations + 2);
        Situation creee = base.situations().findByAssure(
                base.assures().findByNir(Nir.de(nir("1800358123009"))).orElseThrow().id()).get(0);
        assertThat(creee.origine()).isEqualTo(Origine.REQUETE_IJ_60J);
        assertThat(creee.risque()).isEqualTo(Risque.INVALIDITE);
        assertThat(creee.debutArret()).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(creee.numeroDossier()).matches("PDP-2026-\\d{4}");

        ApercuImport deuxieme = import60.apercu(lignes);
        assertThat(deuxieme.nombre(ClasseLigne.DEJA_SUIVIE)).isEqualTo(3);
        assertThat(import60.importer(deuxieme, Progression.AUCUNE).situationsCreees()).isZero();
        assertThat(base.situations().count()).isEqualTo(situations + 2);
    }

    @Test
    void a_person_whose_files_are_all_closed_gets_a_new_situation_on_the_same_person() {
        Situation close = base.situations().findAll().stream().filter(s -> !s.estOuverte()).findFirst().orElseThrow();
        String nirConnu = base.assures().get(close.assureId()).nir().valeur();
        List<Situation> ouvertes = base.situations().findByAssure(close.assureId()).stream()
                .filter(Situation::estOuverte).toList();
        ouvertes.forEach(s -> base.situations().save(new Situation(s.id(), s.version(), s.numeroDossier(),
                s.assureId(), s.referentSocialId(), s.dateSignalement(), s.origine(), s.risque(), s.debutArret(),
                s.finArretPrevue(), s.consentement(), s.urgent(), s.complexe(), s.notesSociales(), s.avisMedical(),
                fr.cellulepdp.model.situation.StatutSituation.CLOTUREE, null, LocalDate.of(2026, 11, 1), s.serviceSanteTravail())));
        long personnes = base.assures().count();

        ApercuImport apercu = import60.apercu(List.of(ligne(2, nirConnu)));
        ResultatImport resultat = import60.importer(apercu, Progression.AUCUNE);

        assertThat(resultat.situationsCreees()).isEqualTo(1);
        assertThat(resultat.personnesCreees()).isZero();
        assertThat(base.assures().count()).isEqualTo(personnes);
        assertThat(base.situations().findByAssure(close.assureId())).filteredOn(Situation::estOuverte).hasSize(1);
    }

    @Test
    void a_failure_in_the_middle_of_the_import_leaves_the_database_as_it_was() {
        long situations = base.situations().count();
        long personnes = base.assures().count();
        ApercuImport apercu = import60.apercu(List.of(ligne(2, nir("2800358123001")),
                ligne(3, nir("2800358123002")), ligne(4, nir("2800358123003"))));

        assertThatThrownBy(() -> import60.importer(apercu, (faites, total) -> {
            if (faites > 0) {
                // told after a batch is written: its rows must go too
                throw new IllegalStateException("annulation au milieu");
            }
        })).hasMessage("annulation au milieu");

        assertThat(base.situations().count()).isEqualTo(situations);
        assertThat(base.assures().count()).isEqualTo(personnes);
    }

    /** The import reads the file again rather than keeping it from the preview: a file changed meanwhile is refused. */
    @Test
    void a_file_changed_since_the_preview_is_refused_whole_and_nothing_is_written() {
        long situations = base.situations().count();
        List<List<LigneImport>> versions = List.of(
                List.of(ligne(2, nir("2800358123001")), ligne(3, nir("2800358123002"))),
                List.of(ligne(2, nir("2800358123001")), ligne(3, nir("2800358123002"), "risque", "grippe")));
        int[] passe = {0};
        SourceLignesImport fichier = action -> versions.get(Math.min(passe[0]++, 1)).forEach(action);
        ApercuImport apercu = import60.apercu(fichier);
        assertThat(apercu.nombre(ClasseLigne.NOUVELLE)).isEqualTo(2);

        assertThatThrownBy(() -> import60.importer(apercu, Progression.AUCUNE))
                .hasMessageContaining("le fichier a changé depuis l'aperçu (ligne 3)");

        assertThat(passe[0]).as("read twice, never kept").isEqualTo(2);
        assertThat(base.situations().count()).isEqualTo(situations);
    }

    /** The command line has no preview to confirm: its import classifies and writes in one reading of the file. */
    @Test
    void the_command_line_import_classifies_and_writes_in_one_reading_of_the_file() {
        long situations = base.situations().count();
        int lot = ClassementParLots.LOT;
        List<LigneImport> lignes = new java.util.ArrayList<>(List.of(ligne(2, nirDeDemo()),
                ligne(3, nir("2800358123001"), "risque", "grippe")));
        for (int i = 0; i < lot + 10; i++) {
            lignes.add(ligne(i + 4, nir(String.format("18003581%05d", i))));
        }
        int n = lignes.size();
        int[] lectures = {0};
        SourceLignesImport fichier = new SourceLignesImport() {
            @Override
            public void parcourir(java.util.function.Consumer<LigneImport> action) {
                lectures[0]++;
                lignes.forEach(action);
            }

            @Override
            public int nombreDeLignes() {
                return n;
            }
        };
        List<String> avancees = new java.util.ArrayList<>();

        ImportEnUneLecture importe = import60.importerEnUneLecture(fichier,
                (faites, total) -> avancees.add(faites + "/" + total));

        assertThat(lectures[0]).as("read once").isEqualTo(1);
        assertThat(importe.classement().lignes()).extracting(LigneClassee::classe).startsWith(ClasseLigne.DEJA_SUIVIE,
                ClasseLigne.ERREUR, ClasseLigne.NOUVELLE);
        assertThat(importe.classement().nombre(ClasseLigne.NOUVELLE)).isEqualTo(lot + 10);
        assertThat(importe.classement().erreurs()).extracting(LigneClassee::numeroLigne).containsExactly(3);
        assertThat(importe.resultat()).isEqualTo(new ResultatImport(lot + 10, lot + 10, 2));
        assertThat(base.situations().count()).isEqualTo(situations + lot + 10);
        assertThat(avancees).as("the rows read, of the file's").containsExactly(lot + "/" + n, n + "/" + n);
        assertThat(import60.importerEnUneLecture(fichier, Progression.AUCUNE).classement()
                .nombre(ClasseLigne.DEJA_SUIVIE)).isEqualTo(lot + 11);
        assertThat(base.situations().count()).isEqualTo(situations + lot + 10);
    }

    @Test
    void a_failure_in_the_middle_of_an_import_in_one_reading_leaves_the_database_as_it_was() {
        long situations = base.situations().count();
        long personnes = base.assures().count();
        SourceLignesImport fichier = SourceLignesImport.de(List.of(ligne(2, nir("2800358123001")),
                ligne(3, nir("2800358123002"))));

        assertThatThrownBy(() -> import60.importerEnUneLecture(fichier, (faites, total) -> {
            throw new IllegalStateException("annulation au milieu");
        })).hasMessage("annulation au milieu");

        assertThat(base.situations().count()).isEqualTo(situations);
        assertThat(base.assures().count()).isEqualTo(personnes);
    }

    @Test
    void several_batches_are_numbered_one_after_the_other_and_progress_is_told_per_batch() {
        List<LigneImport> lignes = new java.util.ArrayList<>();
        int lot = ClassementParLots.LOT;
        int n = 2 * lot + lot / 2;
        for (int i = 0; i < n; i++) {
            lignes.add(ligne(i + 2, nir(String.format("18003581%05d", i))));
        }
        List<Integer> avancees = new java.util.ArrayList<>();
        int dernier = numeros2026().stream().max(Integer::compare).orElse(0);

        ResultatImport resultat = import60.importer(import60.apercu(lignes),
                (faites, total) -> avancees.add(faites));

        assertThat(resultat.situationsCreees()).isEqualTo(n);
        assertThat(avancees).containsExactly(lot, 2 * lot, n);
        assertThat(numeros2026().stream().filter(numero -> numero > dernier).sorted()).as("one after the other, across batches")
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(dernier + 1, dernier + n).boxed()
                        .toList());
    }

    @Test
    void the_new_files_and_people_get_identifiers_in_increasing_order_in_the_order_of_the_file() {
        List<LigneImport> lignes = new java.util.ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            lignes.add(ligne(i + 2, nir(String.format("28003581%05d", i))));
        }
        int dernier = numeros2026().stream().max(Integer::compare).orElse(0);

        import60.importer(import60.apercu(lignes), Progression.AUCUNE);

        List<Situation> creees = base.situations().findAll().stream()
                .filter(s -> s.numeroDossier().startsWith("PDP-2026-")
                        && Integer.parseInt(s.numeroDossier().substring(9)) > dernier)
                .sorted(java.util.Comparator.comparing(s -> Integer.parseInt(s.numeroDossier().substring(9))))
                .toList();
        assertThat(creees).hasSize(1500);
        // appended at the end of the primary-key indexes rather than scattered over them (decision 0045)
        assertThat(creees).extracting(Situation::id).isSortedAccordingTo(java.util.Comparator.naturalOrder())
                .allMatch(id -> id.version() == 7);
        assertThat(creees).extracting(Situation::assureId).isSortedAccordingTo(java.util.Comparator.naturalOrder())
                .allMatch(id -> id.version() == 7).doesNotHaveDuplicates();
    }

    private List<Integer> numeros2026() {
        return base.situations().findAll().stream().map(Situation::numeroDossier)
                .filter(n -> n.startsWith("PDP-2026-")).map(n -> Integer.parseInt(n.substring(9))).toList();
    }
}
