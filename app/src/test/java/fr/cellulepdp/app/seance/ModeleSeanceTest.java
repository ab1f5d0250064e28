package fr.cellulepdp.app.seance;

import fr.cellulepdp.app.wiring.FenetrePrincipaleCablee;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.decision.ModeleDecision;
import fr.cellulepdp.app.ui.DialoguesScriptes;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.decision.SaisieDecision;
import fr.cellulepdp.model.notification.CanalEnvoi;
import fr.cellulepdp.model.notification.Destinataire;
import fr.cellulepdp.model.notification.StatutNotification;
import fr.cellulepdp.model.notification.SuivreCourriers;
import fr.cellulepdp.model.seance.EtatPresence;
import fr.cellulepdp.model.seance.Presence;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.seance.StatutSeance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The meeting window's view models without a window, run with the synchronous executor on a real H2 file database
 * of the demo cell (loaded once, copied for each test): the planned meeting n° 26 and its agenda.
 */
class ModeleSeanceTest {

    private static final Horloge HORLOGE = Horloge.fixe(Instant.parse("2026-11-23T09:00:00Z"));

    @TempDir
    static Path modele;

    @TempDir
    Path dossier;

    private Services services;
    private final DialoguesScriptes dialogues = new DialoguesScriptes();
    private final AtomicInteger changements = new AtomicInteger();
    private Seance seance;
    private ModeleSeance vue;

    @BeforeAll
    static void chargerLaDemo() {
        try (Services demo = Services.ouvrir(modele.resolve("cellule"), HORLOGE)) {
            demo.miseEnPlace().chargerDonneesDemo().executer(demo.horloge().aujourdhui());
        }
    }

    @BeforeEach
    void ouvrir() throws IOException {
        try (Stream<Path> fichiers = Files.list(modele)) {
            for (Path fichier : fichiers.toList()) {
                Files.copy(fichier, dossier.resolve(fichier.getFileName()));
            }
        }
        services = Services.ouvrir(dossier.resolve("cellule"), HORLOGE);
        seance = services.stockage().seances().findAll().stream().filter(s -> s.numero() == 26).findFirst()
                .orElseThrow();
        vue = new ModeleSeance(
                new FenetrePrincipaleCablee(services).seance(), ExecuteurTaches.synchrone(), dialogues, seance.id(),
                changements::incrementAndGet);
        vue.recharger();
    }

    @AfterEach
    void fermer() {
        services.close();
    }

    /** Opens the meeting with every convoked member present: decisions can be recorded. */
    private void ouvrirAvecQuorum() {
        vue.ouvrir();
        // the demo's meeting is a week ahead of the test clock: the opening was asked first
        dialogues.questions.clear();
        vue.enregistrerPresences(tousPresents(), List.of());
    }

    @Test
    void the_secretary_is_named_among_the_members_present_and_the_previous_minutes_approved_from_the_window() {
        ouvrirAvecQuorum();
        assertThat(vue.secretairesPossibles()).isNotEmpty().allSatisfy(m -> assertThat(m.role().estInterne()).isTrue());
        var secretaire = vue.secretairesPossibles().get(vue.secretairesPossibles().size() - 1);
        vue.designerSecretaire(secretaire);
        assertThat(vue.dossier().seance().secretaireId()).isEqualTo(secretaire.id());

        // approved with changes, none said: refused, nothing recorded
        vue.approuverProcesVerbal(fr.cellulepdp.model.seance.Approbation.APPROUVE_AVEC_MODIFICATIONS, " ");
        assertThat(dialogues.erreurs).singleElement().asString().contains("indiquez les modifications");
        assertThat(services.stockage().approbationsProcesVerbal().findBySeance(seance.id())).isEmpty();

        vue.approuverProcesVerbal(fr.cellulepdp.model.seance.Approbation.APPROUVE_AVEC_MODIFICATIONS,
                "Point 3 : date de début corrigée");
        assertThat(services.stockage().approbationsProcesVerbal().findBySeance(seance.id()))
                .hasValueSatisfying(a -> assertThat(a.modifications()).isEqualTo("Point 3 : date de début corrigée"));
    }

    @Test
    void the_secretary_and_the_approval_are_chosen_while_the_meeting_runs_and_read_as_text_once_closed() {
        assertThat(vue.registreModifiableProperty().get()).isTrue();
        assertThat(vue.approbationLue()).isEqualTo("aucune approbation enregistrée");
        ouvrirAvecQuorum();
        var secretaire = vue.secretairesPossibles().get(0);
        vue.designerSecretaire(secretaire);
        assertThat(vue.secretaireProperty().get()).isEqualTo(secretaire.nomComplet());
        vue.approuverProcesVerbal(fr.cellulepdp.model.seance.Approbation.APPROUVE_AVEC_MODIFICATIONS,
                "Point 3 : date de début corrigée");
        assertThat(vue.approbationProperty().get().approbation())
                .isEqualTo(fr.cellulepdp.model.seance.Approbation.APPROUVE_AVEC_MODIFICATIONS);

        vue.cloturer();
        assertThat(vue.dossier().seance().estCloturee()).isTrue();
        assertThat(vue.registreModifiableProperty().get()).as("un choix grisé se lit mal").isFalse();
        assertThat(vue.secretaireProperty().get()).isEqualTo(secretaire.nomComplet());
        assertThat(vue.approbationLue()).isEqualTo("approuvé avec modifications : Point 3 : date de début corrigée");
    }

    @Test
    void opening_more_than_a_day_ahead_asks_first_and_a_no_leaves_it_planned() {
        dialogues.reponseConfirmation = false;
        vue.ouvrir();
        assertThat(dialogues.questions).singleElement().asString().contains("L’ouvrir dès aujourd’hui ?");
        assertThat(vue.dossier().seance().statut()).isEqualTo(StatutSeance.PLANIFIEE);
    }

    private List<Presence> tousPresents() {
        return seance.presences().stream().map(p -> new Presence(p.membreId(), EtatPresence.PRESENT)).toList();
    }

    @Test
    void a_refused_save_keeps_every_field_as_typed_and_the_next_reading_keeps_them_too() {
        ouvrirAvecQuorum();
        ModeleDecision decision = vue.decision();
        assertThat(decision.saisissableProperty().get()).isTrue();
        decision.choisirIssue(IssueDecision.REFUS);
        decision.fiche.conditions.set("Convention à signer");
        decision.fiche.derogation.set("Situation exceptionnelle");
        decision.suiviAction.set("Bilan à trois mois");
        decision.suiviEcheance.set(LocalDate.of(2027, 2, 1));
        assertThat(decision.problemesProperty().get()).as("un refus sans motif").isNotEmpty();

        decision.enregistrer();

        assertThat(dialogues.erreurs).as("le refus est dit").singleElement().asString()
                .isEqualTo("Enregistrement impossible : La décision n’est pas enregistrée :\n• motifs : un refus doit "
                        + "être motivé.\nVotre saisie est conservée : corrigez-la puis enregistrez à nouveau.");
        assertThat(services.stockage().decisions().findBySeance(seance.id())).isEmpty();
        assertThat(decision.issueProperty().get()).isEqualTo(IssueDecision.REFUS);
        assertThat(decision.fiche.conditions.get()).isEqualTo("Convention à signer");
        assertThat(decision.fiche.derogation.get()).isEqualTo("Situation exceptionnelle");
        assertThat(decision.suiviAction.get()).isEqualTo("Bilan à trois mois");
        assertThat(decision.suiviEcheance.get()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(decision.modifieProperty().get()).isTrue();

        // fixed, it records; the panel then shows what is saved
        decision.fiche.motifs.set("Le projet ne correspond pas aux restrictions médicales.");
        decision.enregistrer();
        assertThat(services.stockage().decisions().findBySeance(seance.id())).singleElement()
                .satisfies(d -> assertThat(d.conditions()).isEqualTo("Convention à signer"));
        assertThat(decision.etatProperty().get()).startsWith("Décision enregistrée le ");
        assertThat(decision.modifieProperty().get()).isFalse();
    }

    @Test
    void a_change_typed_over_a_saved_decision_never_reads_as_saved_and_a_refused_one_says_it_is_not_saved() {
        ouvrirAvecQuorum();
        ModeleDecision decision = vue.decision();
        assertThat(decision.etatProperty().get()).isEqualTo("Pas encore de décision.");
        decision.choisirIssue(IssueDecision.REFUS);
        assertThat(decision.etatProperty().get()).isEqualTo("Décision en cours de saisie, pas encore enregistrée.");
        decision.fiche.motifs.set("Le projet ne correspond pas aux restrictions médicales.");
        decision.enregistrer();
        String enregistree = decision.etatProperty().get();
        assertThat(enregistree).startsWith("Décision enregistrée le ");
        String le = enregistree.substring("Décision enregistrée le ".length());

        // changed to an accord sous réserve without its conditions: pending, then refused; the refusal stays in force
        decision.choisirIssue(IssueDecision.ACCORD_SOUS_RESERVE);
        assertThat(decision.etatProperty().get()).isEqualTo("Modification non enregistrée : la décision enregistrée le "
                + le + " reste en vigueur tant que vous n'enregistrez pas.");
        decision.enregistrer();
        assertThat(dialogues.erreurs).singleElement().asString().contains("doit énoncer ses conditions");
        assertThat(decision.etatProperty().get()).isEqualTo("Enregistrement refusé : la modification n'est pas "
                + "enregistrée ; la décision enregistrée le " + le + " reste en vigueur.");
        assertThat(services.stockage().decisions().findBySeance(seance.id())).singleElement()
                .satisfies(d -> assertThat(d.issue()).isEqualTo(IssueDecision.REFUS));
    }

    @Test
    void leaving_an_item_with_a_decision_typed_asks_first_and_stays_when_the_user_keeps_it() {
        ouvrirAvecQuorum();
        ModeleDecision decision = vue.decision();
        decision.choisirIssue(IssueDecision.ACCORD_SOUS_RESERVE);
        decision.fiche.conditions.set("Avis du médecin du travail");
        dialogues.reponseConfirmation = false;

        assertThat(vue.aller(1)).isFalse();

        assertThat(dialogues.questions).singleElement().asString().contains("n’est pas enregistrée");
        assertThat(vue.courantProperty().get()).isZero();
        assertThat(decision.fiche.conditions.get()).isEqualTo("Avis du médecin du travail");

        dialogues.reponseConfirmation = true;
        assertThat(vue.aller(1)).isTrue();
        assertThat(vue.courantProperty().get()).isEqualTo(1);
        assertThat(decision.fiche.conditions.get()).isEmpty();
        assertThat(decision.issueProperty().get()).isNull();

        // nothing typed: no question
        assertThat(vue.aller(1)).isTrue();
        assertThat(dialogues.questions).hasSize(2);
    }

    @Test
    void every_change_saved_from_the_window_refreshes_the_list_of_meetings_at_once() {
        vue.ouvrir();
        assertThat(changements).as("« Ouverte » dans la liste sans fermer la fenêtre").hasValue(1);
        vue.enregistrerPresences(tousPresents(), List.of());
        vue.decision().choisirIssue(IssueDecision.ACCORD);
        vue.decision().fiche.derogation.set("Dérogation accordée");
        vue.decision().enregistrer();
        assertThat(services.stockage().decisions().findBySeance(seance.id())).hasSize(1);
        assertThat(changements).as("1 décision dans la liste").hasValue(3);
        assertThat(services.seances().listerSeances().lister()).filteredOn(s -> s.numero() == 26)
                .singleElement().satisfies(s -> assertThat(s.decisions()).isEqualTo(1L));
    }

    @Test
    void producing_the_documents_reads_the_letters_again_and_refreshes_the_list_of_meetings_at_once() {
        vue.documentsProduits();
        assertThat(changements).as("la colonne « Courriers » de la liste relue sans fermer la fenêtre").hasValue(1);
        assertThat(dialogues.erreurs).isEmpty();
    }

    @Test
    void the_previous_minutes_are_named_and_the_cells_first_meeting_offers_none_to_approve() {
        Seance vingtCinq = services.stockage().seances().findAll().stream().filter(s -> s.numero() == 25)
                .findFirst().orElseThrow();
        assertThat(vue.procesVerbalPrecedentProperty().get())
                .isEqualTo("la séance n° 25 du " + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
                        .format(vingtCinq.date()));

        Seance premiere = services.stockage().seances().findAll().stream()
                .min(java.util.Comparator.comparing(Seance::date)).orElseThrow();
        ModeleSeance fenetre = new ModeleSeance(new FenetrePrincipaleCablee(services).seance(),
                ExecuteurTaches.synchrone(), dialogues, premiere.id(), changements::incrementAndGet);
        fenetre.recharger();
        assertThat(fenetre.procesVerbalPrecedentProperty().get()).as("aucune séance clôturée avant la première")
                .isEmpty();
        assertThat(dialogues.erreurs).isEmpty();
    }

    @Test
    void the_quorum_shows_reached_as_soon_as_it_is_even_before_the_meeting_opens() {
        assertThat(vue.quorumAtteintProperty().get()).isFalse();
        assertThat(vue.sansQuorumPossibleProperty().get()).isTrue();

        vue.enregistrerPresences(tousPresents(), List.of());

        assertThat(vue.dossier().seance().statut()).isEqualTo(StatutSeance.PLANIFIEE);
        assertThat(vue.dossier().peutDecider()).as("pas encore ouverte").isFalse();
        assertThat(vue.constatQuorumProperty().get()).isEqualTo("Quorum atteint.");
        assertThat(vue.quorumAtteintProperty().get()).isTrue();
        assertThat(vue.sansQuorumPossibleProperty().get()).isFalse();
    }

    @Test
    void commands_follow_the_meeting_recording_while_open_then_only_rectifying_once_closed() {
        ModeleDecision decision = vue.decision();
        assertThat(vue.ouvrableProperty().get()).isTrue();
        assertThat(vue.cloturableProperty().get()).isFalse();
        assertThat(decision.saisissableProperty().get()).as("séance planifiée").isFalse();
        assertThat(decision.etatProperty().get()).isEqualTo("Pas encore de décision : ouvrez la séance pour décider.");
        decision.choisirIssue(IssueDecision.ACCORD);
        assertThat(decision.issueProperty().get()).isNull();

        vue.ouvrir();
        dialogues.questions.clear();
        assertThat(vue.ouvrableProperty().get()).isFalse();
        assertThat(vue.cloturableProperty().get()).isTrue();
        assertThat(decision.saisissableProperty().get()).as("sans quorum").isFalse();
        // the fields are disabled: the panel says why, and what to do
        assertThat(decision.etatProperty().get()).startsWith("Pas encore de décision : Quorum non atteint : il manque ")
                .endsWith("Enregistrez les présences (onglet « Présences et quorum ») ou siégez sans quorum.");
        vue.enregistrerPresences(tousPresents(), List.of());
        assertThat(decision.saisissableProperty().get()).isTrue();
        assertThat(decision.etatProperty().get()).isEqualTo("Pas encore de décision.");
        assertThat(decision.clotureeProperty().get()).isFalse();
        decision.choisirIssue(IssueDecision.ACCORD);
        decision.fiche.derogation.set("Dérogation accordée");
        decision.enregistrer();

        dialogues.reponseConfirmation = false;
        vue.cloturer();
        assertThat(dialogues.questions).singleElement().asString().contains("retourneront en attente");
        assertThat(vue.dossier().seance().statut()).isEqualTo(StatutSeance.OUVERTE);
        dialogues.reponseConfirmation = true;
        vue.cloturer();
        assertThat(vue.dossier().seance().statut()).isEqualTo(StatutSeance.CLOTUREE);
        assertThat(vue.cloturableProperty().get()).isFalse();

        assertThat(decision.saisissableProperty().get()).isFalse();
        assertThat(decision.clotureeProperty().get()).isTrue();
        assertThat(decision.rectificatifPossibleProperty().get()).isTrue();
        decision.rectifier();
        assertThat(decision.saisissableProperty().get()).isTrue();
        assertThat(decision.libelleEnregistrerProperty().get()).isEqualTo("Enregistrer le rectificatif");
        decision.choisirIssue(IssueDecision.REFUS);
        decision.fiche.motifs.set("Erreur matérielle : la cellule avait refusé.");
        decision.enregistrer();
        assertThat(decision.etatProperty().get()).startsWith("Rectificatif enregistré le ");
        assertThat(decision.saisissableProperty().get()).isFalse();
        assertThat(dialogues.erreurs).isEmpty();
    }

    @Test
    void each_user_is_offered_only_the_commands_of_his_role_and_of_the_meeting_state() {
        fr.cellulepdp.model.cellule.Utilisateur coordinatrice = services.utilisateur();
        assertThat(vue.pilote()).isTrue();
        assertThat(vue.ouvrableProperty().get()).isTrue();
        assertThat(vue.signableProperty().get()).as("séance planifiée : pas de procès-verbal à signer").isFalse();

        // the secretary-to-be: an internal member convoked, logged in under his own name
        fr.cellulepdp.model.cellule.Utilisateur secretaire = services.stockage().membres().findAll().stream()
                .map(m -> new fr.cellulepdp.model.cellule.Utilisateur(m.id(), "secretaire", m.role()))
                .filter(u -> u.role() != fr.cellulepdp.model.cellule.Role.COORDINATRICE && u.role().estInterne())
                .filter(u -> seance.presences().stream().anyMatch(p -> p.membreId().equals(u.membreId())))
                .findFirst().orElseThrow();
        services.connecter(secretaire);
        ModeleSeance sienne = new ModeleSeance(
                new FenetrePrincipaleCablee(services).seance(), ExecuteurTaches.synchrone(),
                dialogues, seance.id(), () -> { });
        sienne.recharger();
        assertThat(sienne.pilote()).isFalse();
        assertThat(sienne.ouvrableProperty().get()).as("séance planifiée, mais pas la coordinatrice").isFalse();
        assertThat(sienne.sansQuorumPossibleProperty().get()).isFalse();
        assertThat(sienne.registreModifiableProperty().get()).as("le nom se lit, non grisé").isFalse();

        services.connecter(coordinatrice);
        ouvrirAvecQuorum();
        vue.designerSecretaire(vue.dossier().membre(secretaire.membreId()).orElseThrow());
        vue.decision().choisirIssue(IssueDecision.ACCORD);
        vue.decision().fiche.derogation.set("Dérogation accordée");
        vue.decision().enregistrer();
        services.connecter(secretaire);
        sienne.recharger();
        assertThat(sienne.cloturableProperty().get()).as("séance ouverte, mais pas la coordinatrice").isFalse();
        assertThat(sienne.decision().saisissableProperty().get()).as("un membre interne décide en séance").isTrue();

        services.connecter(coordinatrice);
        vue.cloturer();
        assertThat(vue.dossier().seance().statut()).isEqualTo(StatutSeance.CLOTUREE);
        assertThat(vue.signableProperty().get()).as("la coordinatrice n'est pas la secrétaire").isFalse();
        assertThat(vue.decision().rectificatifPossibleProperty().get()).isTrue();
        services.connecter(secretaire);
        sienne.recharger();
        assertThat(sienne.signableProperty().get()).as("le secrétaire signe le procès-verbal").isTrue();
        assertThat(sienne.decision().clotureeProperty().get()).isTrue();
        assertThat(sienne.decision().rectificatifPossibleProperty().get()).as("un rectificatif : la coordinatrice")
                .isFalse();
        assertThat(dialogues.erreurs).isEmpty();
    }

    /**
     * What the window offers, read from the view models: the meeting's record may change, the coordinatrice's
     * commands (agenda, secretary, open, close, convoke…), sitting without quorum, and the decision panel's commands
     * and fields.
     */
    private record Offre(boolean modifiable, boolean registre, boolean ouvrir, boolean cloturer, boolean convoquer,
                         boolean sansQuorum, boolean enregistrer, boolean saisie, boolean rectificatif,
                         String bandeau) {

        static Offre de(ModeleSeance m) {
            ModeleDecision d = m.decision();
            return new Offre(m.modifiableProperty().get(), m.registreModifiableProperty().get(),
                    m.ouvrableProperty().get(), m.cloturableProperty().get(), m.convocableProperty().get(),
                    m.sansQuorumPossibleProperty().get(), d.enregistrementOffertProperty().get(),
                    d.saisissableProperty().get(), d.rectificatifOffertProperty().get(), m.lectureSeuleProperty().get());
        }
    }

    /** The same meeting as seen by a member of that role, logged in under his own name. */
    private ModeleSeance vuePar(fr.cellulepdp.model.cellule.Role role) {
        fr.cellulepdp.model.cellule.Utilisateur membre = services.stockage().membres().findAll().stream()
                .filter(m -> m.role() == role && m.actif())
                .map(m -> new fr.cellulepdp.model.cellule.Utilisateur(m.id(), "membre", m.role()))
                .findFirst().orElseThrow();
        fr.cellulepdp.model.cellule.Utilisateur coordinatrice = services.utilisateur();
        services.connecter(membre);
        ModeleSeance sienne = new ModeleSeance(new FenetrePrincipaleCablee(services).seance(),
                ExecuteurTaches.synchrone(), dialogues, seance.id(), () -> { });
        sienne.recharger();
        services.connecter(coordinatrice);
        return sienne;
    }

    private static final String CLOTUREE_COORDINATRICE = "Séance clôturée : ordre du jour, présences et décisions se "
            + "consultent sans se modifier ; une décision se corrige par « Rectificatif… ».";
    private static final String CLOTUREE = "Séance clôturée : ordre du jour, présences et décisions se consultent "
            + "sans se modifier.";

    @Test
    void a_closed_meeting_reads_as_a_record_and_each_role_is_offered_only_the_commands_it_can_use() {
        var roles = List.of(fr.cellulepdp.model.cellule.Role.REFERENT_SOCIAL,
                fr.cellulepdp.model.cellule.Role.REFERENT_MEDICAL, fr.cellulepdp.model.cellule.Role.REFERENT_ADMINISTRATIF);
        java.util.Map<fr.cellulepdp.model.cellule.Role, ModeleSeance> referents = new java.util.LinkedHashMap<>();
        roles.forEach(role -> referents.put(role, vuePar(role)));

        // planned: the coordinatrice prepares it; everyone sees « Enregistrer », disabled until it opens
        assertThat(Offre.de(vue)).isEqualTo(new Offre(true, true, true, false, true, true, true, false, false, ""));
        referents.forEach((role, r) -> assertThat(Offre.de(r)).as(role.libelle())
                .isEqualTo(new Offre(true, false, false, false, false, false, true, false, false, "")));

        // open with its quorum: every internal member records decisions; the agenda and state stay hers
        ouvrirAvecQuorum();
        assertThat(Offre.de(vue)).isEqualTo(new Offre(true, true, false, true, false, false, true, true, false, ""));
        referents.forEach((role, r) -> {
            r.recharger();
            assertThat(Offre.de(r)).as(role.libelle())
                    .isEqualTo(new Offre(true, false, false, false, false, false, true, true, false, ""));
        });
        vue.decision().choisirIssue(IssueDecision.ACCORD);
        vue.decision().fiche.derogation.set("Dérogation accordée");
        vue.decision().enregistrer();

        // closed: a record; she alone is offered « Rectificatif… », and « Enregistrer » only once she starts one
        vue.cloturer();
        assertThat(vue.dossier().seance().statut()).isEqualTo(StatutSeance.CLOTUREE);
        assertThat(Offre.de(vue)).isEqualTo(new Offre(false, false, false, false, false, false, false, false, true,
                CLOTUREE_COORDINATRICE));
        assertThat(vue.decision().consultationProperty().get()).as("les champs en teinte de lecture seule").isTrue();
        vue.decision().rectifier();
        assertThat(vue.decision().enregistrementOffertProperty().get()).isTrue();
        assertThat(vue.decision().saisissableProperty().get()).isTrue();
        assertThat(vue.decision().consultationProperty().get()).as("un rectificatif se saisit").isFalse();
        referents.forEach((role, r) -> {
            r.recharger();
            assertThat(Offre.de(r)).as("%s : aucun bouton inutilisable", role.libelle())
                    .isEqualTo(new Offre(false, false, false, false, false, false, false, false, false, CLOTUREE));
            assertThat(r.decision().consultationProperty().get()).isTrue();
        });
        assertThat(dialogues.erreurs).isEmpty();
    }

    @Test
    void a_cancelled_meeting_reads_as_a_record_too() {
        dialogues.texteSaisi = "Salle indisponible";
        vue.annuler();
        assertThat(vue.dossier().seance().statut()).isEqualTo(StatutSeance.ANNULEE);
        assertThat(Offre.de(vue)).isEqualTo(new Offre(false, false, false, false, false, false, false, false, false,
                "Séance annulée : elle se consulte, rien ne s’y modifie."));
        assertThat(dialogues.erreurs).isEmpty();
    }

    /** Was a TestFX journey (FenetreSeanceTest): what the projection shows, computed without a window. */
    @Test
    void the_projection_follows_the_current_item_and_shows_no_name_nor_nir() {
        assertThat(ModeleProjection.Texte.de(vue).position()).isEqualTo("Séance n° 26 — point 1 sur "
                + vue.dossier().points().size());
        vue.aller(1);
        vue.aller(1);

        ModeleProjection.Texte texte = ModeleProjection.Texte.de(vue);
        var point = vue.dossier().points().get(2);
        String projete = texte.position() + " " + texte.dossier() + " " + texte.mesures() + " " + texte.categorie();
        assertThat(projete).contains(point.situation().numeroDossier(), point.assure().initiales(), "point 3 sur")
                .doesNotContain(point.assure().nom(), point.assure().prenom(), point.assure().nir().valeur());
    }

    @Test
    void the_time_on_an_item_counts_only_while_the_meeting_is_open_and_its_window_shown() {
        vue.tic();
        assertThat(vue.secondesSurLePointProperty().get()).as("séance planifiée").isZero();
        ouvrirAvecQuorum();
        vue.tic();
        vue.tic();
        assertThat(vue.secondesSurLePointProperty().get()).isEqualTo(2);
        vue.aller(1);
        assertThat(vue.secondesSurLePointProperty().get()).as("point suivant").isZero();
        vue.tic();
        vue.fermer();
        vue.tic();
        assertThat(vue.secondesSurLePointProperty().get()).as("fenêtre fermée").isEqualTo(1);
        assertThat(vue.fermeeProperty().get()).isTrue();
    }

    @Test
    void a_decision_saved_elsewhere_meanwhile_is_not_overwritten_and_the_input_stays() {
        ouvrirAvecQuorum();
        ModeleDecision decision = vue.decision();
        decision.choisirIssue(IssueDecision.REFUS);
        decision.fiche.motifs.set("Saisie en cours");
        UUID premiere = seance.ordreDuJour().get(0).demandeIds().get(0);
        UUID autre = seance.ordreDuJour().get(1).demandeIds().get(0);

        // another computer decides on another item: the meeting is read again, the input stays
        services.seances().deciderEnSeance().decider(seance.id(), accord(autre), 0);
        assertThat(vue.verifierChangements(Runnable::run)).isTrue();
        assertThat(decision.fiche.motifs.get()).isEqualTo("Saisie en cours");
        assertThat(decision.conflitProperty().get()).isFalse();

        // then on this very request: the input stays, the panel says so, and saving is refused, keeping the input
        services.seances().deciderEnSeance().decider(seance.id(), accord(premiere), 0);
        vue.verifierChangements(Runnable::run);
        assertThat(decision.fiche.motifs.get()).isEqualTo("Saisie en cours");
        assertThat(decision.etatProperty().get()).contains("sur un autre poste");
        assertThat(decision.conflitProperty().get()).isTrue();

        decision.enregistrer();

        assertThat(dialogues.erreurs).singleElement().asString().contains("modifié(e) entre-temps");
        assertThat(services.stockage().decisions().findByDemande(premiere)).singleElement()
                .satisfies(d -> assertThat(d.issue()).isEqualTo(IssueDecision.ACCORD));
        assertThat(decision.fiche.motifs.get()).isEqualTo("Saisie en cours");
        assertThat(decision.conflitProperty().get()).isTrue();

        // the user chooses to see the decision saved
        decision.afficherEnregistree();
        assertThat(decision.issueProperty().get()).isEqualTo(IssueDecision.ACCORD);
        assertThat(decision.fiche.motifs.get()).isEmpty();
    }

    private static SaisieDecision accord(UUID demande) {
        return new SaisieDecision(demande, IssueDecision.ACCORD, null, "", "", null, null, null, "", null,
                "dérogation accordée", List.of());
    }

    @Test
    void a_letter_to_post_reads_a_poster_until_it_is_posted_whatever_its_signing_step() {
        assertThat(ModeleCourriers.statut(ligne(CanalEnvoi.COURRIER, StatutNotification.SIGNEE))).isEqualTo("À poster");
        assertThat(ModeleCourriers.statut(ligne(CanalEnvoi.COURRIER, StatutNotification.ENVOYEE))).isEqualTo("Postée");
        assertThat(ModeleCourriers.statut(ligne(CanalEnvoi.EMAIL, StatutNotification.EN_ATTENTE_ENVOI)))
                .isEqualTo("En attente d'envoi");
    }

    @Test
    void convoking_from_the_window_queues_the_invitations_then_cancelling_asks_why_and_cancels() {
        services.courriers().parametrerSmtp().enregistrer("localhost", 2525,
                fr.cellulepdp.model.notification.SecuriteSmtp.AUCUNE, "", new char[0], "cellule@exemple.fr",
                "Cellule PDP 58");
        assertThat(vue.convocableProperty().get()).isTrue();

        vue.convoquer();

        assertThat(dialogues.erreurs).isEmpty();
        assertThat(dialogues.informations).singleElement().asString().contains("convocation(s) en attente d’envoi");
        assertThat(services.stockage().courrielsMembres().deLaSeance(seance.id())).isNotEmpty()
                .allSatisfy(c -> assertThat(c.statut()).isEqualTo(StatutNotification.EN_ATTENTE_ENVOI));

        dialogues.texteSaisi = "salle indisponible";
        vue.annuler();

        assertThat(dialogues.erreurs).isEmpty();
        assertThat(services.stockage().seances().get(seance.id()).statut()).isEqualTo(StatutSeance.ANNULEE);
        assertThat(vue.convocableProperty().get()).isFalse();
        assertThat(vue.enteteProperty().get()).endsWith("Annulée");
    }

    @Test
    void moving_a_convoked_meeting_keeps_what_was_typed_when_refused_then_sends_the_same_entry_updated()
            throws Exception {
        services.courriers().parametrerSmtp().enregistrer("localhost", 2525,
                fr.cellulepdp.model.notification.SecuriteSmtp.AUCUNE, "", new char[0], "cellule@exemple.fr",
                "Cellule PDP 58");
        vue.convoquer();
        int convoques = services.stockage().courrielsMembres().deLaSeance(seance.id()).size();
        ModeleDeplacement deplacement = new ModeleDeplacement(services.seances().deplacerSeance(),
                ExecuteurTaches.synchrone(), vue.seance());
        java.util.List<Seance> deplacees = new java.util.ArrayList<>();

        deplacement.enregistrer(deplacees::add);
        assertThat(deplacement.problemesProperty().get()).startsWith("Rien n’a changé");
        deplacement.heure.set("9h30");
        deplacement.enregistrer(deplacees::add);
        assertThat(deplacement.problemesProperty().get()).contains("« 9h30 » illisible");
        deplacement.heure.set("09:30");
        deplacement.lieu.set("");
        deplacement.lienVisio.set("");
        deplacement.enregistrer(deplacees::add);
        assertThat(deplacement.problemesProperty().get()).contains("indiquez le lieu ou le lien");
        assertThat(deplacees).isEmpty();
        assertThat(deplacement.heure.get()).as("what was typed stays").isEqualTo("09:30");

        deplacement.lieu.set("Salle 2, CPAM de la Nièvre");
        deplacement.date.set(seance.date().plusDays(7));
        deplacement.enregistrer(deplacees::add);
        dialogues.reponseConfirmation = true;
        vue.apresDeplacement(deplacees.get(0));

        assertThat(dialogues.erreurs).isEmpty();
        Seance lue = services.stockage().seances().get(seance.id());
        assertThat(lue.date()).isEqualTo(seance.date().plusDays(7));
        assertThat(lue.heure()).isEqualTo(java.time.LocalTime.of(9, 30));
        assertThat(vue.enteteProperty().get()).contains("à 09:30");
        var courriels = services.stockage().courrielsMembres().deLaSeance(seance.id());
        assertThat(courriels).hasSize(2 * convoques);
        assertThat(courriels).filteredOn(c -> c.sequence() == 1).hasSize(convoques)
                .allSatisfy(c -> assertThat(c.objet()).contains("Modification"));
    }

    @Test
    void a_referent_convoking_from_the_window_is_told_no_and_nothing_is_queued() {
        services.connecter(new fr.cellulepdp.model.cellule.Utilisateur(null, "referent",
                fr.cellulepdp.model.cellule.Role.REFERENT_SOCIAL));

        vue.convoquer();

        assertThat(dialogues.erreurs).singleElement().asString().contains("seule la coordinatrice");
        assertThat(services.stockage().courrielsMembres().count()).isZero();
    }

    private static SuivreCourriers.Ligne ligne(CanalEnvoi canal, StatutNotification statut) {
        return new SuivreCourriers.Ligne(UUID.randomUUID(), "2026-001", Destinataire.values()[0], canal, statut,
                null, "", 0);
    }
}
