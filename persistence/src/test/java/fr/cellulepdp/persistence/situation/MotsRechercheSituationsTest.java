package fr.cellulepdp.persistence.situation;

import fr.cellulepdp.persistence.base.Exemples;
import fr.cellulepdp.persistence.base.SurBaseTemporaire;

import static fr.cellulepdp.persistence.jooq.Tables.SITUATION;
import static fr.cellulepdp.persistence.jooq.Tables.SITUATION_MOT;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.demande.StatutDemande;
import fr.cellulepdp.model.mesure.TypeMesure;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.Consentement;
import fr.cellulepdp.model.situation.CritereSituations;
import fr.cellulepdp.model.situation.Entreprise;
import fr.cellulepdp.model.situation.IssueSituation;
import fr.cellulepdp.model.situation.ListerSituations;
import fr.cellulepdp.model.situation.Nir;
import fr.cellulepdp.model.situation.Origine;
import fr.cellulepdp.model.cellule.Partenaire;
import fr.cellulepdp.model.situation.ResumeSituation;
import fr.cellulepdp.model.situation.Risque;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.situation.StatutAssure;
import fr.cellulepdp.model.situation.StatutSituation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Situations search by indexed words (table situation_mot, migration V30), on H2 and on PostgreSQL: every word
 * typed begins a word of the names, the employer or the file number, accents and case ignored, in any order; the
 * words follow the files and people as they are saved; a partner still finds only shared files, by number.
 */
class MotsRechercheSituationsTest extends SurBaseTemporaire {

    private static final UUID PARTENAIRE = Exemples.id("mots-partenaire");
    private static final Utilisateur COORDINATRICE = new Utilisateur(null, "coordinatrice", Role.COORDINATRICE);
    private static final Utilisateur CAP_EMPLOI = new Utilisateur(PARTENAIRE, "cap.emploi", Role.PARTENAIRE);
    private static final LocalDate AUJOURDHUI = LocalDate.of(2026, 11, 23);

    private ListerSituations liste;
    private UUID dupont;
    private UUID durand;
    private UUID martin;

    @BeforeEach
    void dossiers() {
        base.membres().save(new Membre(PARTENAIRE, 0, "Mme", "Claire", "Conseil", "Conseillère", "Cap Emploi",
                Role.PARTENAIRE, "cap@exemple.fr", true, false, Partenaire.CAP_EMPLOI));
        UUID a1 = assure(1, "Dupont-Lœuillet", "Jean-Pierre", "Boulangerie Hélène");
        UUID a2 = assure(2, "Durand", "Marie", "Transports Martin");
        UUID a3 = assure(3, "Martin", "Pierre", null);
        dupont = situation(a1, "PDP-2026-0042", StatutSituation.SUIVIE, Set.of(Partenaire.CAP_EMPLOI));
        durand = situation(a2, "PDP-2026-0420", StatutSituation.SUIVIE, Set.of());
        martin = situation(a3, "PDP-2025-10042", StatutSituation.CLOTUREE, Set.of(Partenaire.CAP_EMPLOI));
        liste = new ListerSituations(base, Horloge.fixe(Instant.parse("2026-11-23T10:00:00Z")), () -> COORDINATRICE);
    }

    @Test
    void every_word_begins_a_word_of_the_names_or_employer_whatever_the_accents_case_and_order() {
        assertThat(trouves("loeuil")).containsExactly(dupont);
        assertThat(trouves("LŒUILLET")).containsExactly(dupont);
        assertThat(trouves("hél")).as("the employer").containsExactly(dupont);
        assertThat(trouves("pierre")).as("a part of a compound first name").containsExactlyInAnyOrder(dupont, martin);
        assertThat(trouves("boulangerie jean")).as("employer and first name").containsExactly(dupont);
        assertThat(trouves("martin")).as("a name and an employer").containsExactlyInAnyOrder(durand, martin);
        assertThat(trouves("pierre martin")).containsExactly(martin);
        assertThat(trouves("martin pierre")).containsExactly(martin);
        assertThat(trouves("upont")).as("the middle of a word is not a beginning").isEmpty();
        assertThat(trouves("durand zorro")).as("every word must match").isEmpty();
    }

    @Test
    void a_file_number_is_found_whole_without_its_prefix_or_by_its_number() {
        assertThat(trouves("PDP-2026-0042")).containsExactly(dupont);
        assertThat(trouves("pdp-2026-04")).containsExactly(durand);
        assertThat(trouves("2026-0042")).containsExactly(dupont);
        assertThat(trouves("42")).as("42 and 420, not 10042").containsExactlyInAnyOrder(dupont, durand);
        assertThat(trouves("0042")).as("leading zeros ignored").containsExactlyInAnyOrder(dupont, durand);
        assertThat(trouves("1004")).containsExactly(martin);
        assertThat(trouves("%")).isEmpty();
        assertThat(trouves("_")).isEmpty();
    }

    @Test
    void words_combine_with_the_filters_and_the_waiting_requests() {
        CritereSituations clotureesMartin = new CritereSituations("martin", true, StatutSituation.CLOTUREE, null,
                null, null, null, null, false, 0, 500);
        assertThat(liste.rechercher(clotureesMartin).lignes()).extracting(ResumeSituation::id)
                .containsExactly(martin);

        demande(durand, StatutDemande.A_ETUDIER);
        demande(dupont, StatutDemande.DECIDEE);
        demande(martin, StatutDemande.INSCRITE);
        CritereSituations enAttente = new CritereSituations("", true, null, null, null, null, null, null, true, 0,
                500);
        var attente = liste.rechercher(enAttente);
        assertThat(attente.lignes()).extracting(ResumeSituation::id).containsExactly(durand, martin);
        assertThat(attente.total()).isEqualTo(2);
        CritereSituations enAttenteSuivies = new CritereSituations("", true, StatutSituation.SUIVIE, null, null, null,
                null, null, true, 0, 1);
        var suivies = liste.rechercher(enAttenteSuivies);
        assertThat(suivies.total()).isEqualTo(1);
        assertThat(suivies.auMoins()).as("one row more asked, none there").isFalse();
    }

    @Test
    void a_partner_finds_only_shared_files_and_only_by_number() {
        assertThat(trouves(CAP_EMPLOI, "42")).as("0420 is not shared").containsExactly(dupont);
        assertThat(trouves(CAP_EMPLOI, "PDP-2026-0420")).isEmpty();
        assertThat(trouves(CAP_EMPLOI, "dupont")).as("never by name").isEmpty();
        assertThat(trouves(CAP_EMPLOI, "boulangerie")).as("never by employer").isEmpty();
        String nirPartage = base.assures().get(base.situations().get(dupont).assureId()).nir().valeur();
        String nirCache = base.assures().get(base.situations().get(durand).assureId()).nir().valeur();
        assertThat(trouves(COORDINATRICE, nirCache)).containsExactly(durand);
        for (String nir : List.of(nirPartage, nirCache, nir(99))) {
            var resultat = new ListerSituations(base, Horloge.fixe(Instant.parse("2026-11-23T10:00:00Z")), () -> CAP_EMPLOI).rechercher(critere(nir));
            assertThat(resultat.total()).as("same answer as an unknown NIR").isZero();
            assertThat(resultat.lignes()).isEmpty();
        }
    }

    @Test
    void the_words_follow_the_person_and_the_file_when_saved_and_go_with_the_file() {
        Situation avant = base.situations().get(dupont);
        Assure personne = base.assures().get(avant.assureId());
        base.assures().save(new Assure(personne.id(), personne.version(), personne.nir(), "Zébulon", "Anaïs",
                personne.dateNaissance(), personne.sexe(), personne.adresse(), personne.email(),
                personne.telephone(), personne.statut(), null, personne.emploi()));
        base.situations().save(base.situations().get(dupont));
        base.situations().save(base.situations().get(dupont));

        assertThat(trouves("zebulon anais")).containsExactly(dupont);
        assertThat(trouves("dupont")).isEmpty();
        assertThat(trouves("boulangerie")).isEmpty();
        assertThat(mots(dupont)).as("saved twice, written once").containsExactlyInAnyOrder("pdp-2026-0042",
                "2026-0042", "42", "zebulon", "anais");

        base.contexte().dsl().deleteFrom(SITUATION).where(SITUATION.ID.eq(martin)).execute();
        assertThat(base.contexte().dsl().fetchCount(SITUATION_MOT, SITUATION_MOT.SITUATION_ID.eq(martin))).isZero();
        assertThat(trouves("martin")).containsExactly(durand);
    }

    @Test
    void files_created_together_get_their_words() {
        UUID a4 = assure(4, "Nguyen", "Thi", "Clinique du Parc");
        UUID s4 = UUID.randomUUID();
        UUID s5 = UUID.randomUUID();
        base.situations().insererTous(List.of(nouvelle(s4, a4, "PDP-2026-0777", StatutSituation.SUIVIE, Set.of()),
                nouvelle(s5, a4, "PDP-2026-0778", StatutSituation.SUIVIE, Set.of())));

        assertThat(trouves("clinique parc")).containsExactlyInAnyOrder(s4, s5);
        assertThat(trouves("778")).containsExactly(s5);
    }

    @Test
    void frequent_words_read_file_by_file_in_number_order_give_the_same_answers() {
        // every word "frequent" (a threshold of 1 entry): a single word walks the files newest first, several are
        // driven by the first one
        DepotSituations fichierParFichier = new DepotSituations(base.contexte(), 1);
        for (String texte : List.of("pierre", "martin", "pierre martin", "boulangerie jean", "42", "durand zorro",
                "upont")) {
            CritereSituations critere = critere(texte).avecPartage(null);
            assertThat(fichierParFichier.rechercher(critere)).extracting(Situation::id).as(texte)
                    .containsExactlyElementsOf(base.situations().rechercher(critere).stream().map(Situation::id)
                            .toList());
        }
        assertThat(fichierParFichier.rechercher(critere("pierre"))).extracting(Situation::id).as("newest first")
                .containsExactly(dupont, martin);
        CritereSituations unSeul = new CritereSituations("martin", true, null, null, null, null, null, null, false, 0,
                1);
        assertThat(fichierParFichier.rechercher(unSeul)).extracting(Situation::id).containsExactly(durand);
    }

    @Test
    void the_next_page_follows_the_last_file_shown_with_the_words_the_filters_and_a_partners_rights() {
        // newest first: 0420 (durand), 0042 (dupont), 2025-10042 (martin); pages of one file read after the last
        assertThat(pages(COORDINATRICE, "")).containsExactly(durand, dupont, martin);
        assertThat(pages(COORDINATRICE, "42")).containsExactly(durand, dupont);
        assertThat(pages(COORDINATRICE, "pierre")).containsExactly(dupont, martin);
        assertThat(pages(CAP_EMPLOI, "")).as("only the shared files").containsExactly(dupont, martin);
        DepotSituations fichierParFichier = new DepotSituations(base.contexte(), 1);
        CritereSituations apresDurand = new CritereSituations("pierre", true, null, null, null, null, null, null,
                false, 0, 1).pageApres("PDP-2026-0420");
        assertThat(fichierParFichier.rechercher(apresDurand)).extracting(Situation::id).as("walked words too")
                .containsExactly(dupont);
        CritereSituations clotureesApres = new CritereSituations("", true, StatutSituation.CLOTUREE, null, null,
                null, null, null, false, 0, 5).pageApres("PDP-2026-0042");
        assertThat(liste.rechercher(clotureesApres).lignes()).extracting(ResumeSituation::id)
                .containsExactly(martin);
    }

    @Test
    void the_newest_files_walked_first_then_the_older_read_by_index_give_the_same_pages() {
        demande(durand, StatutDemande.A_ETUDIER);
        demande(martin, StatutDemande.INSCRITE);
        demande(dupont, StatutDemande.DECIDEE);
        List<CritereSituations> criteres = new java.util.ArrayList<>();
        for (int lignes : List.of(1, 2, 5)) {
            for (String texte : List.of("", "pierre", "pierre martin", "martin pierre", "boulangerie jean", "42",
                    "durand zorro")) {
                for (StatutSituation statut : new StatutSituation[] {null, StatutSituation.SUIVIE,
                        StatutSituation.CLOTUREE}) {
                    for (boolean enAttente : List.of(false, true)) {
                        criteres.add(new CritereSituations(texte, true, statut, null, null, null, null, null,
                                enAttente, 0, lignes));
                    }
                }
            }
        }
        // a window of 1 or 2 files: the walk fills the page or stops at its edge, the index reads the rest
        for (DepotSituations depot : List.of(new DepotSituations(base.contexte(), 1, 1),
                new DepotSituations(base.contexte(), 1, 2), new DepotSituations(base.contexte(), 100, 1))) {
            for (CritereSituations critere : criteres) {
                for (CritereSituations page : List.of(critere, critere.pageApres("PDP-2026-0420"))) {
                    assertThat(depot.rechercher(page)).extracting(Situation::id).as(page.toString())
                            .containsExactlyElementsOf(attendus(page));
                }
            }
        }
        CritereSituations enAttente = new CritereSituations("", true, null, null, null, null, null, null, true, 0, 1);
        assertThat(new DepotSituations(base.contexte(), 1, 1).rechercher(enAttente)).extracting(Situation::id)
                .containsExactly(durand);
    }

    /** The files of a page as the plain definition gives them: every match, newest first, cut to the page. */
    private List<UUID> attendus(CritereSituations page) {
        var tous = new CritereSituations(page.texte(), true, page.statut(), null, null, null, null, null,
                page.avecDemandesEnAttente(), 0, 100);
        List<Situation> correspondants = base.situations().rechercher(tous).stream()
                .filter(s -> page.apres() == null || fr.cellulepdp.model.situation.OrdreNumerosDossier.CROISSANT
                        .compare(s.numeroDossier(), page.apres()) < 0).toList();
        return correspondants.stream().limit(page.limite()).map(Situation::id).toList();
    }

    /** Every file found, read one page of one file at a time, each page after the last file of the one before. */
    private List<UUID> pages(Utilisateur qui, String texte) {
        List<UUID> lus = new java.util.ArrayList<>();
        CritereSituations page = new CritereSituations(texte, true, null, null, null, null, null, null, false, 0, 1);
        for (int i = 0; i < 10; i++) {
            var resultat = new ListerSituations(base, Horloge.fixe(Instant.parse("2026-11-23T10:00:00Z")), () -> qui).rechercher(page);
            resultat.lignes().forEach(r -> lus.add(r.id()));
            if (!resultat.auMoins()) {
                return lus;
            }
            page = page.pageApres(resultat.lignes().get(resultat.lignes().size() - 1).numeroDossier());
        }
        throw new AssertionError("more pages than files");
    }

    private List<UUID> trouves(String texte) {
        return trouves(COORDINATRICE, texte);
    }

    private List<UUID> trouves(Utilisateur qui, String texte) {
        return new ListerSituations(base, Horloge.fixe(Instant.parse("2026-11-23T10:00:00Z")), () -> qui).rechercher(critere(texte)).lignes().stream().map(ResumeSituation::id).toList();
    }

    private static CritereSituations critere(String texte) {
        return new CritereSituations(texte, true, null, null, null, null, null, null, false, 0, 500);
    }

    private List<String> mots(UUID situation) {
        return base.contexte().dsl().select(SITUATION_MOT.MOT).from(SITUATION_MOT)
                .where(SITUATION_MOT.SITUATION_ID.eq(situation)).fetch(SITUATION_MOT.MOT);
    }

    private static String nir(int i) {
        String corps = "1800158124" + String.format(Locale.ROOT, "%03d", i);
        return corps + Nir.calculerCle(corps);
    }

    private UUID assure(int i, String nom, String prenom, String employeur) {
        UUID id = UUID.randomUUID();
        base.assures().save(new Assure(id, 0, Nir.de(nir(i)), nom, prenom, LocalDate.of(1980, 1, 1), null, null, "",
                "", StatutAssure.SALARIE, employeur == null ? null : new Entreprise(employeur, null), ""));
        return id;
    }

    private UUID situation(UUID assure, String numero, StatutSituation statut, Set<Partenaire> partage) {
        return base.situations().save(nouvelle(UUID.randomUUID(), assure, numero, statut, partage)).id();
    }

    private static Situation nouvelle(UUID id, UUID assure, String numero, StatutSituation statut,
                                      Set<Partenaire> partage) {
        boolean cloturee = statut == StatutSituation.CLOTUREE;
        return new Situation(id, 0, numero, assure, null, LocalDate.of(2026, 1, 10), Origine.SERVICE_MEDICAL,
                Risque.MALADIE, null, null,
                partage.isEmpty() ? null : new Consentement(LocalDate.of(2026, 1, 10), partage, null), null, null,
                "", "", statut, cloturee ? IssueSituation.MAINTIEN_MEME_POSTE : null,
                cloturee ? LocalDate.of(2026, 6, 1) : null, "");
    }

    private void demande(UUID situation, StatutDemande statut) {
        base.demandes().save(new Demande(UUID.randomUUID(), 0, situation, TypeMesure.ESSAI_ENCADRE, "",
                LocalDate.of(2026, 2, 1), null, "", "", null, null, null, false, null, "", "", Set.of(), statut));
    }
}
