package fr.cellulepdp.model.memoire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.audit.EvenementAudit;
import fr.cellulepdp.model.audit.JournalAudit;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.commun.Adresse;
import fr.cellulepdp.model.commun.ConflitDeModificationException;
import fr.cellulepdp.model.stockage.Stockage;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.demande.StatutDemande;
import fr.cellulepdp.model.demo.ChargerDonneesDemo;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.notification.CanalEnvoi;
import fr.cellulepdp.model.notification.Destinataire;
import fr.cellulepdp.model.notification.Notification;
import fr.cellulepdp.model.notification.StatutNotification;
import fr.cellulepdp.model.importation.LigneMiseADisposition;
import fr.cellulepdp.model.importation.MiseADisposition;
import fr.cellulepdp.model.seance.ComptesSeance;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.seance.SeanceDeDemo;
import fr.cellulepdp.model.seance.StatutSeance;
import fr.cellulepdp.model.decision.MotifType;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.suivi.Suivi;
import fr.cellulepdp.model.situation.Consentement;
import fr.cellulepdp.model.situation.CritereSituations;
import fr.cellulepdp.model.situation.Drapeau;
import fr.cellulepdp.model.situation.IssueSituation;
import fr.cellulepdp.model.situation.Nir;
import fr.cellulepdp.model.situation.Origine;
import fr.cellulepdp.model.situation.Risque;
import fr.cellulepdp.model.situation.Sexe;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.situation.StatutAssure;
import fr.cellulepdp.model.situation.StatutSituation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the use cases rely on from any store, run on each of them: the in-memory one ({@link StockageEnMemoireTest})
 * and the databases (persistence's ContratStockageBaseTest, on H2 and on PostgreSQL's run). When the in-memory
 * store and a database disagree, one of these fails.
 */
public abstract class ContratStockage {

    /** A new, empty store (a database just migrated). */
    protected abstract Stockage stockage();

    private static Membre referente(String nom) {
        return new Membre(UUID.randomUUID(), 0, "Mme", "Prénom", nom, "Assistante sociale", "CPAM",
                Role.REFERENT_SOCIAL, nom.toLowerCase() + "@exemple.fr", true, false);
    }

    private static Assure personne(String nir, String nom, String prenom) {
        return new Assure(UUID.randomUUID(), 0, Nir.de(nir), nom, prenom, LocalDate.of(1969, 5, 12), Sexe.FEMININ,
                new Adresse("1 rue Fictive", "", "58000", "Nevers"), "", "", StatutAssure.SALARIE, null, "");
    }

    private static Situation dossier(String numero, Assure personne, Membre referente) {
        return new Situation(UUID.randomUUID(), 0, numero, personne.id(), referente == null ? null : referente.id(),
                LocalDate.of(2026, 9, 1), Origine.MEDECIN_TRAVAIL, Risque.MALADIE, LocalDate.of(2026, 6, 15), null,
                Consentement.AUCUN, Drapeau.BAISSE, Drapeau.BAISSE, "", "", StatutSituation.OUVERTE, null, null, "");
    }

    @Test
    public void a_new_store_holds_the_standard_reasons_of_the_cell_in_order() {
        assertThat(stockage().motifsTypes().findAll()).extracting(MotifType::position).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(stockage().motifsTypes().findAll().get(1).texte()).isEqualTo("Avis défavorable du service médical.");
        assertThat(stockage().courrielsMembres().procesVerbalAuxInternes()).isFalse();
    }

    @Test
    public void the_trail_is_read_back_by_pages_newest_first() {
        JournalAudit journal = stockage().journalAudit();
        long depart = journal.dernier().map(EvenementAudit::sequence).orElse(0L);
        for (long n = depart + 1; n <= depart + 5; n++) {
            journal.append(new EvenementAudit(n, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(n), "essai",
                    "ESSAI", "SITUATION", null, "", "h" + (n - 1), "h" + n));
        }

        assertThat(journal.precedents(Long.MAX_VALUE, 2)).extracting(EvenementAudit::sequence)
                .containsExactly(depart + 5, depart + 4);
        assertThat(journal.precedents(depart + 4, 10)).extracting(EvenementAudit::sequence)
                .startsWith(depart + 3, depart + 2, depart + 1).hasSize((int) (depart + 3));
    }

    @Test
    public void the_trail_is_walked_oldest_first_by_pages_and_read_by_object() {
        JournalAudit journal = stockage().journalAudit();
        long depart = journal.dernier().map(EvenementAudit::sequence).orElse(0L);
        java.util.UUID dossier = java.util.UUID.randomUUID();
        java.util.UUID autre = java.util.UUID.randomUUID();
        for (long n = depart + 1; n <= depart + 5; n++) {
            journal.append(new EvenementAudit(n, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(n), "essai",
                    "ESSAI", "SITUATION", n % 2 == 0 ? dossier : autre, "", "h" + (n - 1), "h" + n));
        }

        assertThat(journal.suivants(depart, 2)).extracting(EvenementAudit::sequence)
                .containsExactly(depart + 1, depart + 2);
        assertThat(journal.suivants(depart + 3, 10)).extracting(EvenementAudit::sequence)
                .containsExactly(depart + 4, depart + 5);
        assertThat(journal.suivants(depart + 5, 10)).isEmpty();
        assertThat(journal.parObjets(java.util.Set.of(dossier))).extracting(EvenementAudit::sequence)
                .containsExactly(depart + 2, depart + 4);
        assertThat(journal.parObjets(java.util.Set.of(dossier, autre))).extracting(EvenementAudit::sequence)
                .containsExactly(depart + 1, depart + 2, depart + 3, depart + 4, depart + 5);
        assertThat(journal.parObjets(java.util.Set.of())).isEmpty();
    }

    @Test
    public void each_save_gives_the_next_version_and_a_stale_or_taken_one_is_refused_without_writing() {
        Stockage stockage = stockage();
        Assure lue = stockage.assures().save(personne("269054958815780", "Roy", "Anne"));
        Assure changee = stockage.assures().save(avecNom(lue, "Roy-Martin"));

        assertThat(lue.version()).isEqualTo(1);
        assertThat(changee.version()).isEqualTo(2);
        assertThatThrownBy(() -> stockage.assures().save(avecNom(lue, "Autre")))
                .isInstanceOf(ConflitDeModificationException.class);
        assertThatThrownBy(() -> stockage.assures().save(avecNom(personneAvecId(lue.id()), "Doublon")))
                .isInstanceOf(ConflitDeModificationException.class);
        assertThat(stockage.assures().get(lue.id()).nom()).isEqualTo("Roy-Martin");
    }

    private static Assure avecNom(Assure a, String nom) {
        return new Assure(a.id(), a.version(), a.nir(), nom, a.prenom(), a.dateNaissance(), a.sexe(), a.adresse(),
                a.email(), a.telephone(), a.statut(), a.employeur(), a.emploi(), a.reconnaissances());
    }

    private static Assure personneAvecId(UUID id) {
        Assure a = personne("185052A00412356", "Autre", "Paul");
        return new Assure(id, 0, a.nir(), a.nom(), a.prenom(), a.dateNaissance(), a.sexe(), a.adresse(), a.email(),
                a.telephone(), a.statut(), a.employeur(), a.emploi(), a.reconnaissances());
    }

    @Test
    public void a_nir_or_a_file_number_already_taken_is_refused_and_nothing_is_written() {
        Stockage stockage = stockage();
        Assure anne = stockage.assures().save(personne("269054958815780", "Roy", "Anne"));
        stockage.situations().save(dossier("PDP-2026-0001", anne, null));

        assertThatThrownBy(() -> stockage.assures().save(personne("269054958815780", "Roy", "Anne")))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> stockage.situations().save(dossier("PDP-2026-0001", anne, null)))
                .isInstanceOf(RuntimeException.class);
        assertThat(stockage.assures().count()).isEqualTo(1);
        assertThat(stockage.situations().count()).isEqualTo(1);
    }

    @Test
    public void a_transaction_that_throws_writes_nothing_even_what_a_nested_one_saved() {
        Stockage stockage = stockage();
        assertThatThrownBy(() -> stockage.transactions().runInTransaction(() -> {
            Assure anne = stockage.assures().save(personne("269054958815780", "Roy", "Anne"));
            stockage.transactions().runInTransaction(() -> stockage.situations().save(dossier("PDP-2026-0001", anne,
                    null)));
            throw new IllegalStateException("panne au milieu");
        })).hasMessage("panne au milieu");

        assertThat(stockage.assures().count()).isZero();
        assertThat(stockage.situations().count()).isZero();
        assertThatThrownBy(() -> stockage.transactions().verrouiller("numeros"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    public void lists_come_in_the_order_of_names_and_file_numbers_and_the_search_ignores_accents() {
        Stockage stockage = stockage();
        Membre referente = stockage.membres().save(referente("Martin"));
        stockage.membres().save(referente("Durand"));
        Assure helene = stockage.assures().save(personne("269054958815780", "Lœuillet", "Hélène"));
        Assure paul = stockage.assures().save(personne("185052A00412356", "Dupont", "Paul"));
        stockage.situations().save(dossier("PDP-2026-0010", helene, referente));
        stockage.situations().save(dossier("PDP-2026-0002", paul, null));

        assertThat(stockage.membres().findAll()).extracting(Membre::nom).containsExactly("Durand", "Martin");
        assertThat(stockage.assures().findAll()).extracting(Assure::nom).containsExactly("Dupont", "Lœuillet");
        assertThat(stockage.situations().findAll()).extracting(Situation::numeroDossier)
                .containsExactly("PDP-2026-0002", "PDP-2026-0010");
        CritereSituations loeuillet = new CritereSituations("helene loeuillet", true, null, null, null, null, null,
                null, false, 0, 10);
        assertThat(stockage.situations().rechercher(loeuillet)).extracting(Situation::numeroDossier)
                .containsExactly("PDP-2026-0010");
        assertThat(stockage.situations().rechercher(CritereSituations.tout())).extracting(Situation::numeroDossier)
                .containsExactly("PDP-2026-0010", "PDP-2026-0002");
        assertThat(stockage.membres().estCite(referente.id())).isTrue();
    }

    @Test
    public void a_new_status_keeps_the_request_s_other_fields_and_agreements_under_the_optimistic_lock() {
        Stockage stockage = stockage();
        new ChargerDonneesDemo(stockage, Utilisateur::systeme).executer(SeanceDeDemo.REFERENCE);
        Demande lue = stockage.demandes().findByStatut(StatutDemande.A_ETUDIER).stream()
                .filter(d -> !d.accordsObtenus().isEmpty()).findFirst().orElseThrow();

        Demande decidee = stockage.demandes().changerStatut(lue, StatutDemande.DECIDEE);

        assertThat(decidee.version()).isEqualTo(lue.version() + 1);
        assertThat(decidee.statut()).isEqualTo(StatutDemande.DECIDEE);
        assertThat(stockage.demandes().get(lue.id())).isEqualTo(decidee);
        assertThat(stockage.demandes().get(lue.id()).accordsObtenus()).isEqualTo(lue.accordsObtenus());
        assertThatThrownBy(() -> stockage.demandes().changerStatut(lue, StatutDemande.RETIREE))
                .isInstanceOf(ConflitDeModificationException.class);
        assertThat(stockage.demandes().get(lue.id())).isEqualTo(decidee);
    }

    @Test
    public void the_meeting_whose_agenda_holds_a_request_is_found_by_its_status() {
        Stockage stockage = stockage();
        new ChargerDonneesDemo(stockage, Utilisateur::systeme).executer(SeanceDeDemo.REFERENCE);
        Seance prevue = SeanceDeDemo.seancePlanifiee(stockage);
        UUID inscrite = prevue.ordreDuJour().get(prevue.ordreDuJour().size() - 1).demandeIds().get(0);
        Seance close = stockage.seances().findAll().stream().filter(s -> s.statut() == StatutSeance.CLOTUREE
                && !s.ordreDuJour().isEmpty()).findFirst().orElseThrow();
        UUID decidee = close.ordreDuJour().get(0).demandeIds().get(0);

        assertThat(stockage.seances().deStatutsAvecDemande(Set.of(StatutSeance.PLANIFIEE, StatutSeance.OUVERTE),
                inscrite)).extracting(Seance::id).containsExactly(prevue.id());
        assertThat(stockage.seances().deStatutsAvecDemande(Set.of(StatutSeance.OUVERTE), inscrite)).isEmpty();
        assertThat(stockage.seances().deStatutsAvecDemande(Set.of(StatutSeance.PLANIFIEE), decidee)).isEmpty();
        assertThat(stockage.seances().deStatutsAvecDemande(Set.of(StatutSeance.CLOTUREE, StatutSeance.PLANIFIEE),
                decidee)).containsExactly(close);
        assertThat(stockage.seances().deStatutsAvecDemande(Set.of(StatutSeance.values()), UUID.randomUUID()))
                .isEmpty();
    }

    @Test
    public void each_meeting_s_decisions_and_letters_are_counted_as_reading_them_one_by_one_would() {
        Stockage stockage = stockage();
        new ChargerDonneesDemo(stockage, Utilisateur::systeme).executer(SeanceDeDemo.REFERENCE);
        // a closed meeting's first decision with a letter sent and one to post, its second with one to e-mail
        Seance close = stockage.seances().findAll().stream().filter(s -> s.statut() == StatutSeance.CLOTUREE
                && stockage.decisions().findBySeance(s.id()).size() > 1).findFirst().orElseThrow();
        List<Decision> prises = stockage.decisions().findBySeance(close.id());
        stockage.notifications().save(lettre(prises.get(0).id(), Destinataire.ASSURE, CanalEnvoi.EMAIL)
                .envoyee(Instant.parse("2026-11-30T10:00:00Z")));
        stockage.notifications().save(lettre(prises.get(0).id(), Destinataire.EMPLOYEUR, CanalEnvoi.COURRIER));
        stockage.notifications().save(lettre(prises.get(1).id(), Destinataire.ASSURE, CanalEnvoi.EMAIL));

        Map<UUID, ComptesSeance> attendus = new HashMap<>();
        for (Seance seance : stockage.seances().findAll()) {
            List<Decision> decisions = stockage.decisions().findBySeance(seance.id());
            List<Notification> lettres = decisions.stream()
                    .flatMap(d -> stockage.notifications().findByDecision(d.id()).stream()).toList();
            if (!decisions.isEmpty()) {
                attendus.put(seance.id(), new ComptesSeance(decisions.size(), !lettres.isEmpty(), lettres.stream()
                        .filter(n -> n.statut() != StatutNotification.ENVOYEE)
                        .count()));
            }
        }
        assertThat(attendus.values()).as("the demo: meetings with decisions, letters sent and not")
                .anySatisfy(c -> assertThat(c.courriers()).isFalse())
                .anySatisfy(c -> assertThat(c.courriersRestants()).isPositive());
        assertThat(stockage.seances().comptes()).isEqualTo(attendus).containsEntry(close.id(),
                new ComptesSeance(prises.size(), true, 2));
        assertThat(stockage.notifications().nombreParCourrielNonEnvoyees()).as("the badge: e-mails not sent")
                .isEqualTo(1);
    }

    private static Notification lettre(UUID decision, Destinataire destinataire, CanalEnvoi canal) {
        return new Notification(UUID.randomUUID(), 0, decision, destinataire, canal, null, "", 0, null, null, "", "",
                null);
    }

    @Test
    public void the_open_files_of_the_ij60_list_come_in_numeric_order_with_their_letter() {
        Stockage stockage = stockage();
        Assure personne = stockage.assures().save(personne("269054958815780", "Roy", "Anne"));
        Situation dixMille = stockage.situations().save(deLaListe(dossier("PDP-2026-10000", personne, null),
                StatutSituation.OUVERTE));
        Situation neufMille = stockage.situations().save(deLaListe(dossier("PDP-2026-9999", personne, null),
                StatutSituation.SUIVIE));
        stockage.situations().save(deLaListe(dossier("PDP-2026-9998", personne, null), StatutSituation.CLOTUREE));
        stockage.situations().save(dossier("PDP-2026-9997", personne, null));
        MiseADisposition lettre = stockage.misesADisposition().save(new MiseADisposition(UUID.randomUUID(), 0,
                neufMille.id(), CanalEnvoi.COURRIER, "PDP-2026-9999.pdf", "abc", Instant.parse("2026-11-30T10:00:00Z"),
                null));
        stockage.misesADisposition().save(new MiseADisposition(UUID.randomUUID(), 0, dixMille.id(),
                CanalEnvoi.COURRIER, "PDP-2026-10000.pdf", "def", Instant.parse("2026-11-30T10:00:00Z"),
                Instant.parse("2026-12-01T10:00:00Z")));
        assertThat(stockage.misesADisposition().nonPostees()).containsExactly(lettre);

        assertThat(stockage.misesADisposition().dossiersOuvertsDeLaListe()).extracting(
                LigneMiseADisposition::numeroDossier, l -> l.courrier().map(MiseADisposition::fichier).orElse(""))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PDP-2026-9999", "PDP-2026-9999.pdf"),
                        org.assertj.core.groups.Tuple.tuple("PDP-2026-10000", "PDP-2026-10000.pdf"));
        assertThat(stockage.misesADisposition().dossiersOuvertsDeLaListe().get(0)).isEqualTo(
                new LigneMiseADisposition(neufMille.id(), "PDP-2026-9999", neufMille.dateSignalement(),
                        Optional.of(lettre)));
    }

    private static Situation deLaListe(Situation s, StatutSituation statut) {
        boolean close = statut == StatutSituation.CLOTUREE;
        return new Situation(s.id(), s.version(), s.numeroDossier(), s.assureId(), s.referentSocialId(),
                s.dateSignalement(), Origine.REQUETE_IJ_60J, s.risque(), s.debutArret(), s.finArretPrevue(),
                s.consentement(), s.urgent(), s.complexe(), "", "", statut,
                close ? IssueSituation.RECONVERSION : null, close ? LocalDate.of(2026, 11, 24) : null, "");
    }

    @Test
    public void the_follow_ups_not_done_are_read_without_the_done_ones() {
        Stockage stockage = stockage();
        Assure personne = stockage.assures().save(personne("269054958815780", "Roy", "Anne"));
        Situation dossier = stockage.situations().save(dossier("PDP-2026-0001", personne, null));
        Suivi fait = stockage.suivis().save(new Suivi(UUID.randomUUID(), 0, dossier.id(), null, "Appeler l'employeur",
                null, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), ""));
        Suivi aFaire = stockage.suivis().save(new Suivi(UUID.randomUUID(), 0, dossier.id(), null, "Point à un mois",
                null, LocalDate.of(2026, 12, 15), null, ""));

        assertThat(stockage.suivis().nonRealises()).containsExactly(aFaire);
        assertThat(stockage.suivis().findAll()).containsExactlyInAnyOrder(fait, aFaire);
    }

    @Test
    public void the_decisions_taken_between_meetings_are_read_without_the_others() {
        Stockage stockage = stockage();
        new ChargerDonneesDemo(stockage, Utilisateur::systeme).executer(SeanceDeDemo.REFERENCE);
        Decision prise = stockage.decisions().findAll().get(0);
        Decision urgente = stockage.decisions().save(new Decision(UUID.randomUUID(), 0, prise.demandeId(), null,
                prise.issue(), prise.avisMedical(), prise.motifs(), prise.conditions(), prise.dateDebutAccordee(),
                prise.dateFinAccordee(), prise.montantAccorde(), prise.elementsManquants(),
                prise.dateLimiteElements(), prise.derogation(), null, prise.decideeLe(), prise.decideeParId(),
                prise.referentMedicalUrgenceId(), prise.suivisPrevus()));

        List<Decision> attendues = stockage.decisions().findAll().stream().filter(Decision::estHorsSeance).toList();
        assertThat(attendues).contains(urgente);
        assertThat(stockage.decisions().horsSeance()).containsExactlyInAnyOrderElementsOf(attendues);
        assertThat(stockage.decisions().findAll()).as("the demo's meetings decided too")
                .hasSizeGreaterThan(attendues.size());
    }

    @Test
    public void the_follow_ups_list_is_read_with_its_files_people_and_measures_as_reading_them_one_by_one() {
        Stockage stockage = stockage();
        new ChargerDonneesDemo(stockage, Utilisateur::systeme).executer(SeanceDeDemo.REFERENCE);
        Membre referente = stockage.membres().save(referente("Martin"));
        Assure personne = stockage.assures().save(personne("269054958815780", "Roy", "Anne"));
        LocalDate jour = LocalDate.of(2027, 3, 1);
        // two files due the same day: numeric order, PDP-2026-10000 after PDP-2026-9999
        Situation dixMille = stockage.situations().save(dossier("PDP-2026-10000", personne, null));
        Situation neufMille = stockage.situations().save(dossier("PDP-2026-9999", personne, null));
        stockage.suivis().save(new Suivi(UUID.randomUUID(), 0, dixMille.id(), null, "Point", referente.id(), jour,
                null, ""));
        stockage.suivis().save(new Suivi(UUID.randomUUID(), 0, neufMille.id(), null, "Point", null, jour, null, ""));
        stockage.suivis().save(new Suivi(UUID.randomUUID(), 0, neufMille.id(), null, "Fait", referente.id(), jour,
                jour, "appelé"));

        for (UUID responsable : java.util.Arrays.asList(null, referente.id())) {
            for (boolean avecRealises : List.of(false, true)) {
                fr.cellulepdp.model.suivi.SuivisDeLaListe lues = stockage.suivis().deLaListe(
                        new fr.cellulepdp.model.suivi.CritereSuivis(responsable, avecRealises, null, 1_000));
                List<fr.cellulepdp.model.suivi.SuiviDeLaListe> attendues = stockage.suivis().findAll().stream()
                        .filter(s -> avecRealises || !s.estRealise())
                        .filter(s -> responsable == null || responsable.equals(s.responsableId()))
                        .map(s -> {
                            Situation dossier = stockage.situations().get(s.situationId());
                            Assure qui = stockage.assures().get(dossier.assureId());
                            var mesure = s.decisionId() == null ? null : stockage.demandes().get(
                                    stockage.decisions().get(s.decisionId()).demandeId()).mesure();
                            return new fr.cellulepdp.model.suivi.SuiviDeLaListe(s, dossier.numeroDossier(),
                                    qui.nom(), qui.prenom(), mesure, null);
                        }).toList();
                assertThat(lues.davantage()).isFalse();
                assertThat(lues.suivis()).as("responsable %s, done ones %s", responsable, avecRealises)
                        .containsExactlyInAnyOrderElementsOf(attendues);
                assertThat(lues.suivis()).as("by due date, then file number").isSortedAccordingTo(
                        java.util.Comparator.comparing((fr.cellulepdp.model.suivi.SuiviDeLaListe l)
                                -> l.suivi().echeance()).thenComparing(l -> fr.cellulepdp.model.situation
                                .OrdreNumerosDossier.cle(l.numeroDossier())));
            }
        }
        List<fr.cellulepdp.model.suivi.SuiviDeLaListe> aFaire = stockage.suivis().deLaListe(
                new fr.cellulepdp.model.suivi.CritereSuivis(null, false, null, 1_000)).suivis();
        assertThat(aFaire).as("the demo's decisions planned follow-ups").anyMatch(l -> l.mesure() != null)
                .hasSizeGreaterThan(2);
        assertThat(aFaire.stream().filter(l -> l.suivi().echeance().equals(jour)).map(l -> l.numeroDossier()))
                .containsExactly("PDP-2026-9999", "PDP-2026-10000");
    }

    @Test
    public void the_follow_ups_list_is_read_a_page_of_whole_due_dates_at_a_time() {
        Stockage stockage = stockage();
        Assure personne = stockage.assures().save(personne("269054958815780", "Roy", "Anne"));
        Situation dossier = stockage.situations().save(dossier("PDP-2026-0001", personne, null));
        LocalDate premier = LocalDate.of(2027, 3, 1);
        // due 1, 2, 2, 2, 3, 4 March, and a done one on 2 March
        for (int jour : new int[] {1, 2, 2, 2, 3, 4}) {
            stockage.suivis().save(new Suivi(UUID.randomUUID(), 0, dossier.id(), null, "Point", null,
                    premier.plusDays(jour - 1), null, ""));
        }
        stockage.suivis().save(new Suivi(UUID.randomUUID(), 0, dossier.id(), null, "Fait", null,
                premier.plusDays(1), premier, "fait"));

        var page = stockage.suivis().deLaListe(new fr.cellulepdp.model.suivi.CritereSuivis(null, false, null,
                2));
        assertThat(page.suivis()).as("two asked, the second due on 2 March: every one due that day")
                .extracting(l -> l.suivi().echeance().getDayOfMonth()).containsExactly(1, 2, 2, 2);
        assertThat(page.davantage()).isTrue();
        var suite = stockage.suivis().deLaListe(new fr.cellulepdp.model.suivi.CritereSuivis(null, false,
                premier.plusDays(1), 2));
        assertThat(suite.suivis()).extracting(l -> l.suivi().echeance().getDayOfMonth()).containsExactly(3, 4);
        assertThat(suite.davantage()).as("exactly the two left").isFalse();
        assertThat(stockage.suivis().deLaListe(new fr.cellulepdp.model.suivi.CritereSuivis(null, true,
                premier.plusDays(1), 10)).suivis()).as("with the done ones, after 2 March").hasSize(2);
        assertThat(stockage.suivis().deLaListe(new fr.cellulepdp.model.suivi.CritereSuivis(null, true,
                null, 4)).suivis()).as("with the done ones: five due by 2 March").hasSize(5);
    }

    @Test
    public void a_follow_up_keeps_when_it_was_last_named_in_a_reminder_that_left() {
        Stockage stockage = stockage();
        Assure personne = stockage.assures().save(personne("269054958815780", "Roy", "Anne"));
        Situation dossier = stockage.situations().save(dossier("PDP-2026-0001", personne, null));
        Suivi rappele = stockage.suivis().save(new Suivi(UUID.randomUUID(), 0, dossier.id(), null, "Point", null,
                LocalDate.of(2027, 3, 1), null, ""));
        Suivi jamais = stockage.suivis().save(new Suivi(UUID.randomUUID(), 0, dossier.id(), null, "Point", null,
                LocalDate.of(2027, 3, 2), null, ""));
        Instant premier = Instant.parse("2027-02-27T08:00:00Z");
        Instant second = Instant.parse("2027-02-28T08:00:00Z");

        stockage.suivis().noterRappel(List.of(rappele.id(), UUID.randomUUID()), second);
        stockage.suivis().noterRappel(List.of(rappele.id()), premier);
        Suivi sauve = stockage.suivis().save(new Suivi(rappele.id(), rappele.version(), rappele.situationId(), null,
                "Point avec l'employeur", null, rappele.echeance(), null, ""));

        assertThat(stockage.suivis().deLaListe(new fr.cellulepdp.model.suivi.CritereSuivis(null, false, null,
                10)).suivis()).extracting(l -> l.suivi().id(), l -> l.rappeleLe()).as("the latest kept, over a "
                        + "reminder read late and a save of the follow-up")
                .containsExactly(org.assertj.core.groups.Tuple.tuple(sauve.id(), second),
                        org.assertj.core.groups.Tuple.tuple(jamais.id(), null));
    }

    @Test
    public void objects_are_read_by_thousands_of_ids_at_once() {
        Stockage stockage = stockage();
        Assure personne = stockage.assures().save(personne("269054958815780", "Roy", "Anne"));
        Situation une = stockage.situations().save(dossier("PDP-2026-0001", personne, null));
        Situation autre = stockage.situations().save(dossier("PDP-2026-0002", personne, null));
        List<UUID> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            ids.add(UUID.randomUUID());
        }
        ids.add(une.id());
        ids.add(autre.id());

        assertThat(stockage.situations().findAllById(ids)).containsExactlyInAnyOrder(une, autre);
        assertThat(stockage.assures().findAllById(ids.subList(0, 5_000))).isEmpty();
    }

    @Test
    public void the_reminders_not_sent_are_counted() {
        Stockage stockage = stockage();
        Membre referente = stockage.membres().save(referente("Martin"));
        LocalDate jour = LocalDate.of(2027, 3, 1);
        stockage.rappels().save(fr.cellulepdp.model.suivi.RappelSuivis.nouveau(referente.id(), jour,
                "a@exemple.fr", "Rappel", "Corps", List.of()).envoye(Instant.parse("2027-03-01T08:00:00Z")));
        stockage.rappels().save(fr.cellulepdp.model.suivi.RappelSuivis.nouveau(referente.id(), jour.plusDays(1),
                "a@exemple.fr", "Rappel", "Corps", List.of()).echec("serveur injoignable"));
        stockage.rappels().save(fr.cellulepdp.model.suivi.RappelSuivis.nouveau(referente.id(), jour.plusDays(2),
                "a@exemple.fr", "Rappel", "Corps", List.of()));

        assertThat(stockage.rappels().nombreNonEnvoyes()).isEqualTo(2);
    }

    @Test
    public void the_letters_of_a_file_are_read_by_its_fingerprint() {
        Stockage stockage = stockage();
        new ChargerDonneesDemo(stockage, Utilisateur::systeme).executer(SeanceDeDemo.REFERENCE);
        Decision decision = stockage.decisions().findAll().get(0);
        Notification une = stockage.notifications().save(new Notification(UUID.randomUUID(), 0, decision.id(),
                Destinataire.ASSURE, CanalEnvoi.EMAIL, null, "a".repeat(64), 0, null, null, "", "", null));
        Notification copie = stockage.notifications().save(new Notification(UUID.randomUUID(), 0, decision.id(),
                Destinataire.EMPLOYEUR, CanalEnvoi.COURRIER, null, "a".repeat(64), 0, null, null, "", "", null));
        stockage.notifications().save(new Notification(UUID.randomUUID(), 0, decision.id(), Destinataire.ASSURE,
                CanalEnvoi.EMAIL, null, "b".repeat(64), 0, null, null, "", "", null));

        assertThat(stockage.notifications().parEmpreinte("a".repeat(64))).containsExactlyInAnyOrder(une, copie);
        assertThat(stockage.notifications().parEmpreinte("c".repeat(64))).isEmpty();
    }
}
