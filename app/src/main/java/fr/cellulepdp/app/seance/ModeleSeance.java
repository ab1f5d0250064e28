package fr.cellulepdp.app.seance;

import fr.cellulepdp.model.cellule.Membre;

import fr.cellulepdp.app.decision.ModeleDecision;
import fr.cellulepdp.app.decision.SeanceEnCours;
import fr.cellulepdp.app.ui.Dialogues;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.support.MessagesErreur;
import fr.cellulepdp.model.seance.DossierSeance;
import fr.cellulepdp.model.seance.Presence;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.seance.StatutSeance;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * View model of a meeting's window: the meeting as last read, the agenda item in view (shared by the meeting view and
 * the projection), the header, the commands with their enabled state, the quorum, the time on the item, and the
 * decision panel's view model. The meeting window's state: the meeting as last read, and the agenda item in view (shared by the meeting view and
 * the projection). Every action runs in the background, then the meeting is read again, so that what is shown is
 * always what is saved. On a database shared by several computers, {@link #suivreLesAutresPostes} reads every second
 * a marker of the meeting and its decisions, and the meeting again when another client changed it: what the others
 * enter shows within two seconds.
 */
final class ModeleSeance implements SeanceEnCours {

    private static final Logger LOG = LoggerFactory.getLogger(ModeleSeance.class);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);

    private final ExecuteurTaches executeur;
    private final Dialogues dialogues;
    private final UUID seanceId;
    private final ObjectProperty<DossierSeance> dossier = new SimpleObjectProperty<>();
    private final IntegerProperty courant = new SimpleIntegerProperty(0);
    /** The change marker read with the meeting shown (null before the first reading). */
    private volatile String marqueurLu;
    /** Readings and actions under way: no polling reload meanwhile, they read the meeting again themselves. */
    private final AtomicInteger travaux = new AtomicInteger();
    private ScheduledExecutorService suivi;

    private final ActionsSeance actions;
    private final Runnable apresChangement;
    private final ModeleDecision decision;
    private final ReadOnlyStringWrapper titre = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper entete = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper ouvrable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper cloturable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper convocable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper constatQuorum = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper procesVerbalPrecedent = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper quorumAtteint = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper sansQuorumPossible = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyLongWrapper secondesSurLePoint = new ReadOnlyLongWrapper(0);
    private final ReadOnlyBooleanWrapper fermee = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper signable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper registreModifiable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper modifiable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper lectureSeule = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper secretaire = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<fr.cellulepdp.model.seance.ApprobationProcesVerbal> approbation =
            new ReadOnlyObjectWrapper<>();
    /** The coordinatrice runs the meeting: she alone is offered its commands (the use cases refuse them to others). */
    private final boolean pilote;
    private final fr.cellulepdp.model.cellule.Utilisateur utilisateur;

    /**
     * @param apresChangement run after every change saved from this window (the Séances list reads itself again), so
     *                        that nothing shown elsewhere waits for the window to close
     */
    ModeleSeance(ActionsSeance.CasDUsage cas, ExecuteurTaches executeur, Dialogues dialogues, UUID seanceId,
                 Runnable apresChangement) {
        this.actions = new ActionsSeance(cas, seanceId);
        this.utilisateur = actions.utilisateur();
        this.pilote = utilisateur.role() == fr.cellulepdp.model.cellule.Role.COORDINATRICE;
        this.executeur = executeur;
        this.dialogues = dialogues;
        this.seanceId = seanceId;
        this.apresChangement = apresChangement;
        this.decision = new ModeleDecision(this);
        dossier.addListener((o, a, lu) -> afficher(lu));
        courant.addListener((o, a, b) -> {
            secondesSurLePoint.set(0);
            if (dossier.get() != null) {
                decision.afficher(dossier.get(), pointCourant());
            }
        });
    }

    private void afficher(DossierSeance lu) {
        Seance s = lu.seance();
        titre.set("Séance n° " + s.numero());
        entete.set("Séance n° " + s.numero() + " — " + DATE.format(s.date())
                + (s.heure() == null ? "" : " à " + s.heure()) + " — " + s.statut().libelle());
        ouvrable.set(pilote && s.statut() == StatutSeance.PLANIFIEE);
        cloturable.set(pilote && s.statut() == StatutSeance.OUVERTE);
        convocable.set(pilote && s.statut() == StatutSeance.PLANIFIEE);
        // the secretary signs the minutes under his own account, once the meeting is closed (the chair signs them
        // when the coordinatrice generates them)
        signable.set(s.estCloturee() && utilisateur.membreId() != null
                && utilisateur.membreId().equals(s.secretaireId()));
        // closed or cancelled, the meeting is a record: nothing of it changes but by a rectificatif
        boolean enCours = s.statut() == StatutSeance.PLANIFIEE || s.statut() == StatutSeance.OUVERTE;
        modifiable.set(enCours);
        registreModifiable.set(pilote && enCours);
        lectureSeule.set(enCours ? "" : bandeauLectureSeule(s.statut()));
        secretaire.set(s.secretaireId() == null ? "non désigné(e)"
                : lu.membre(s.secretaireId()).map(Membre::nomComplet).orElse("non désigné(e)"));
        constatQuorum.set(lu.constatQuorum());
        // the quorum itself, whatever the meeting's state (a planned meeting may already have it)
        quorumAtteint.set(lu.constatQuorum().startsWith("Quorum atteint"));
        sansQuorumPossible.set(pilote && !quorumAtteint.get() && s.derogationQuorum().isEmpty() && enCours);
        decision.afficher(lu, pointCourant());
    }

    /** What the banner says of a meeting that no longer changes. */
    private String bandeauLectureSeule(StatutSeance statut) {
        if (statut == StatutSeance.ANNULEE) {
            return "Séance annulée : elle se consulte, rien ne s’y modifie.";
        }
        return "Séance clôturée : ordre du jour, présences et décisions se consultent sans se modifier"
                + (pilote ? " ; une décision se corrige par « Rectificatif… »." : ".");
    }

    ActionsSeance actions() {
        return actions;
    }

    /**
     * The meeting is planned or open: its attendance and decisions may still change (for any internal member), its
     * agenda and state for the coordinatrice ({@link #registreModifiableProperty()}). Closed or cancelled, its
     * lists and fields read as a record (tinted, not editable) and the commands that would change it are not shown.
     */
    ReadOnlyBooleanProperty modifiableProperty() {
        return modifiable.getReadOnlyProperty();
    }

    /** The banner of a closed or cancelled meeting, saying it reads only; empty while it may change. */
    ReadOnlyStringProperty lectureSeuleProperty() {
        return lectureSeule.getReadOnlyProperty();
    }

    ModeleDecision decision() {
        return decision;
    }

    ReadOnlyStringProperty titreProperty() {
        return titre.getReadOnlyProperty();
    }

    ReadOnlyStringProperty enteteProperty() {
        return entete.getReadOnlyProperty();
    }

    /**
     * The user logged in runs the meeting (the coordinatrice): the window shows her commands — open, close, agenda,
     * secretary, approval, sitting without quorum, documents, letters, rectificatifs — and hides them from the others.
     */
    @Override
    public boolean pilote() {
        return pilote;
    }

    /** « Signer le procès-verbal… » is shown: the meeting is closed and the user logged in is its secretary. */
    ReadOnlyBooleanProperty signableProperty() {
        return signable.getReadOnlyProperty();
    }

    /** « Ouvrir la séance » is enabled: a planned meeting, for the coordinatrice. */
    ReadOnlyBooleanProperty ouvrableProperty() {
        return ouvrable.getReadOnlyProperty();
    }

    /** « Clôturer la séance… » is enabled: an open meeting, for the coordinatrice. */
    ReadOnlyBooleanProperty cloturableProperty() {
        return cloturable.getReadOnlyProperty();
    }

    ReadOnlyStringProperty constatQuorumProperty() {
        return constatQuorum.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty quorumAtteintProperty() {
        return quorumAtteint.getReadOnlyProperty();
    }

    /** « Siéger sans quorum… » is enabled: no quorum, no reason given yet, the meeting not closed. */
    ReadOnlyBooleanProperty sansQuorumPossibleProperty() {
        return sansQuorumPossible.getReadOnlyProperty();
    }

    /** The time spent on the item in view; it counts only while the meeting is open and its window shown. */
    ReadOnlyLongProperty secondesSurLePointProperty() {
        return secondesSurLePoint.getReadOnlyProperty();
    }

    /** The window was closed: the view stops its timer. */
    ReadOnlyBooleanProperty fermeeProperty() {
        return fermee.getReadOnlyProperty();
    }

    /** One second passed (the view's timer). */
    void tic() {
        DossierSeance d = dossier.get();
        if (!fermee.get() && d != null && d.seance().statut() == StatutSeance.OUVERTE) {
            secondesSurLePoint.set(secondesSurLePoint.get() + 1);
        }
    }

    /** « Point 3 sur 8 ». */
    String position() {
        DossierSeance d = dossier.get();
        return d == null || d.points().isEmpty() ? "Ordre du jour vide"
                : "Point " + (courant.get() + 1) + " sur " + d.points().size();
    }

    /** Moves by {@code pas} items (Page↑ / Page↓); see {@link #allerA}. */
    boolean aller(int pas) {
        return allerA(courant.get() + pas);
    }

    /**
     * Shows the item at {@code index}; with a decision typed and not saved, only once the user agreed to drop it.
     *
     * @return true when the item in view is now {@code index}
     */
    boolean allerA(int index) {
        DossierSeance d = dossier.get();
        if (d == null || index < 0 || index >= d.points().size()) {
            return false;
        }
        if (index == courant.get()) {
            return true;
        }
        if (!decision.peutQuitter()) {
            return false;
        }
        courant.set(index);
        return true;
    }

    /** « Convoquer » and « Annuler la séance » are enabled: a planned meeting. */
    ReadOnlyBooleanProperty convocableProperty() {
        return convocable.getReadOnlyProperty();
    }

    /** Queues the convocations (or their update after a change) and says what was queued. */
    void convoquer() {
        if (!convocable.get()) {
            return;
        }
        agir(actions::convoquer, rapport -> dialogues.information("Convocations", rapport.enFrancais()
                + " Ils partent avec les courriers (envoi automatique, ou « Envoyer » dans Courriers)."));
    }

    /** The meeting as last read (to move it). */
    fr.cellulepdp.model.seance.Seance seance() {
        return dossier.get().seance();
    }

    /** Once moved: read again, and the members told now if she wishes (an update of their calendar entry). */
    void apresDeplacement(fr.cellulepdp.model.seance.Seance deplacee) {
        recharger();
        if (dialogues.confirmer("Séance déplacée", "La séance n° " + deplacee.numero() + " est déplacée. Prévenir "
                + "maintenant les membres convoqués (convocation, ou mise à jour de leur agenda) ?")) {
            agir(actions::convoquer, rapport -> dialogues.information("Convocations", rapport.enFrancais()
                    + " Ils partent avec les courriers (envoi automatique, ou « Envoyer » dans Courriers)."));
        }
    }

    /** Asks why, then cancels: the convoked members receive the cancellation of their calendar entry. */
    void annuler() {
        if (!convocable.get()) {
            return;
        }
        dialogues.demanderTexte("Annuler la séance", "Pourquoi la séance est-elle annulée ? Le motif figure au "
                + "journal, pas dans le courriel aux membres. Ses demandes reviendront en attente.")
                .ifPresent(motif -> agir(() -> actions.annuler(motif), n -> dialogues.information("Séance annulée",
                        n + " annulation(s) en attente d’envoi aux membres convoqués.")));
    }

    /** Opening more than a day before the meeting's date is asked to be confirmed first. */
    void ouvrir() {
        if (!ouvrable.get()) {
            return;
        }
        Seance seance = dossier.get().seance();
        boolean avance = actions.ouvertureAnticipee(seance);
        if (avance && !dialogues.confirmer("Ouvrir la séance avant sa date", "Cette séance est prévue le "
                + seance.date().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu",
                java.util.Locale.FRENCH)) + ". L’ouvrir dès aujourd’hui ? Ses décisions porteront la date du jour.")) {
            return;
        }
        agir(() -> actions.ouvrir(avance), s -> { });
    }

    /** Asks first (« Annuler » is the default answer): closing locks the decisions. */
    void cloturer() {
        DossierSeance d = dossier.get();
        if (!cloturable.get() || !decision.peutQuitter()) {
            return;
        }
        long sansDecision = d.points().stream().flatMap(p -> p.demandes().stream())
                .filter(x -> d.decisionEnVigueur(x.id()).isEmpty()).count();
        String question = "Clôturer la séance ? Ses décisions seront verrouillées (une correction se fera par "
                + "rectificatif), les demandes décidées passeront à « Décidée » et les suivis seront créés."
                + (sansDecision == 0 ? "" : "\n" + sansDecision + " demande(s) sans décision retourneront en attente.");
        if (dialogues.confirmer("Clôturer la séance", question)) {
            agir(actions::cloturer, s -> { });
        }
    }

    void enregistrerPresences(List<Presence> presences, List<String> invites) {
        agir(() -> actions.enregistrerPresences(presences, invites), s -> { });
    }

    /** Names the secretary among the members recorded present (the minutes carry their signature). */
    void designerSecretaire(Membre membre) {
        agir(() -> actions.designerSecretaire(membre == null ? null : membre.id()), s -> { });
    }

    /**
     * The coordinatrice may still change the meeting's record: its agenda (proposals, order, minutes, recusals), its
     * secretary and the approval of the previous minutes, and its state (open, close, convoke, move, cancel) — while
     * it is planned or open. Otherwise they read as text (a disabled choice list greys them below 4.5:1) and the
     * commands are not shown.
     */
    ReadOnlyBooleanProperty registreModifiableProperty() {
        return registreModifiable.getReadOnlyProperty();
    }

    /** The secretary's name, « non désigné(e) » when none. */
    ReadOnlyStringProperty secretaireProperty() {
        return secretaire.getReadOnlyProperty();
    }

    /** The approval of the previous minutes recorded at this meeting, null when none. */
    ReadOnlyObjectProperty<fr.cellulepdp.model.seance.ApprobationProcesVerbal> approbationProperty() {
        return approbation.getReadOnlyProperty();
    }

    /** « approuvé », « approuvé avec modifications : … », or that none is recorded: the approval read as text. */
    String approbationLue() {
        fr.cellulepdp.model.seance.ApprobationProcesVerbal a = approbation.get();
        if (a == null) {
            return "aucune approbation enregistrée";
        }
        return a.approbation().libelle() + (a.modifications() == null || a.modifications().isBlank() ? ""
                : " : " + a.modifications().strip());
    }

    /** The members who may keep the minutes: internal, recorded present. */
    List<Membre> secretairesPossibles() {
        DossierSeance d = dossier.get();
        return d == null ? List.of() : d.seance().presences().stream()
                .filter(p -> p.etat() == fr.cellulepdp.model.seance.EtatPresence.PRESENT)
                .map(p -> d.membre(p.membreId())).flatMap(java.util.Optional::stream)
                .filter(m -> m.role().estInterne()).toList();
    }

    /** Records that the meeting approved the previous minutes, as they were or with the changes said. */
    void approuverProcesVerbal(fr.cellulepdp.model.seance.Approbation approbation, String modifications) {
        agir(() -> actions.approuverProcesVerbal(approbation, modifications), a -> { });
    }

    void siegerSansQuorum() {
        dialogues.demanderTexte("Siéger sans quorum", "Pourquoi la cellule décide-t-elle sans quorum ? "
                + "Ce motif figurera au procès-verbal.").ifPresent(motif -> agir(() -> actions.siegerSansQuorum(motif),
                s -> { }));
    }

    /** The window is closing: no more polling, no more timer. */
    void fermer() {
        fermee.set(true);
        arreterSuivi();
    }

    Dialogues dialogues() {
        return dialogues;
    }

    ExecuteurTaches executeur() {
        return executeur;
    }

    UUID seanceId() {
        return seanceId;
    }

    ReadOnlyObjectProperty<DossierSeance> dossierProperty() {
        return dossier;
    }

    @Override
    public DossierSeance dossier() {
        return dossier.get();
    }

    @Override
    public boolean confirmer(String titre, String question) {
        return dialogues.confirmer(titre, question);
    }

    @Override
    public void verifier(fr.cellulepdp.model.decision.SaisieDecision saisie,
                         Consumer<List<fr.cellulepdp.model.commun.Probleme>> resultat) {
        executeur.executer(() -> actions.verifier(saisie), resultat, this::signaler);
    }

    @Override
    public void decider(fr.cellulepdp.model.decision.SaisieDecision saisie, long versionLue, Runnable ensuite,
                        Runnable apresRefus) {
        agir(() -> actions.decider(saisie, versionLue), d -> ensuite.run(), refusDeDecision(apresRefus));
    }

    @Override
    public void rectifier(UUID decisionId, fr.cellulepdp.model.decision.SaisieDecision saisie, Runnable ensuite,
                          Runnable apresRefus) {
        agir(() -> actions.rectifier(decisionId, saisie), d -> ensuite.run(), refusDeDecision(apresRefus));
    }

    /** A refused decision is said as such, and that what was typed stays: the user corrects it in place. */
    private Consumer<Exception> refusDeDecision(Runnable apresRefus) {
        return exception -> {
            // one problem a line, as the panel lists them, and what to do on a line of its own
            String pourquoi = exception instanceof fr.cellulepdp.model.commun.SaisieInvalideException refus
                    ? refus.problemes().stream().map(p -> "\n• " + p).collect(java.util.stream.Collectors.joining())
                    : " " + MessagesErreur.pourUtilisateur(exception);
            dialogues.erreur(ModeleDecision.TITRE_REFUS, "La décision n’est pas enregistrée :" + pourquoi
                    + "\nVotre saisie est conservée : corrigez-la puis enregistrez à nouveau.");
            apresRefus.run();
        };
    }

    IntegerProperty courantProperty() {
        return courant;
    }

    /** The item in view, or null when the agenda is empty. */
    DossierSeance.Point pointCourant() {
        DossierSeance d = dossier.get();
        return d == null || d.points().isEmpty() ? null : d.points().get(Math.min(courant.get(), d.points().size() - 1));
    }

    private record Lecture(String marqueur, DossierSeance dossier,
                           java.util.Optional<fr.cellulepdp.model.seance.Seance> precedente,
                           java.util.Optional<fr.cellulepdp.model.seance.ApprobationProcesVerbal> approbation) {
    }

    /**
     * The previous minutes this meeting approves (« la séance n° 25 du 20/11/2026 »), empty for the cell's first
     * meeting: then nothing is offered to approve.
     */
    ReadOnlyStringProperty procesVerbalPrecedentProperty() {
        return procesVerbalPrecedent.getReadOnlyProperty();
    }

    /**
     * Once the meeting's documents are produced: the window reads its letters again, and the Séances list its
     * « Courriers » column, at once (producing letters changes them, not the meeting).
     */
    void documentsProduits() {
        recharger();
        apresChangement.run();
    }

    void recharger() {
        travaux.incrementAndGet();
        executeur.executer(() -> {
            // the marker first: a change saved while the meeting is read shows at the next poll
            String marqueur = actions.marqueur();
            DossierSeance lu = actions.consulter();
            return new Lecture(marqueur, lu, actions.precedente(lu.seance()), actions.approbation());
        }, lu -> {
            travaux.decrementAndGet();
            marqueurLu = lu.marqueur();
            if (courant.get() >= lu.dossier().points().size()) {
                courant.set(Math.max(0, lu.dossier().points().size() - 1));
            }
            procesVerbalPrecedent.set(lu.precedente().map(p -> "la séance n° " + p.numero() + " du "
                    + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(p.date())).orElse(""));
            approbation.set(lu.approbation().orElse(null));
            dossier.set(lu.dossier());
        }, exception -> {
            travaux.decrementAndGet();
            signaler(exception);
        });
    }

    /** Runs an action that saves, then reads the meeting again; a refusal is shown in French, nothing changed. */
    <T> void agir(Callable<T> action, Consumer<T> ensuite) {
        agir(action, ensuite, () -> { });
    }

    /** Like {@link #agir(Callable, Consumer)}, with {@code apresRefus} run once a refusal has been shown. */
    <T> void agir(Callable<T> action, Consumer<T> ensuite, Runnable apresRefus) {
        agir(action, ensuite, exception -> {
            signaler(exception);
            apresRefus.run();
        });
    }

    /** Like {@link #agir(Callable, Consumer)}, a refusal shown by {@code refus}. */
    private <T> void agir(Callable<T> action, Consumer<T> ensuite, Consumer<Exception> refus) {
        travaux.incrementAndGet();
        executeur.executer(action, resultat -> {
            travaux.decrementAndGet();
            ensuite.accept(resultat);
            recharger();
            apresChangement.run();
        }, exception -> {
            travaux.decrementAndGet();
            refus.accept(exception);
            recharger();
        });
    }

    /**
     * Reads the meeting's change marker and, when another client saved the meeting or one of its decisions since the
     * meeting shown was read, asks {@code filInterface} to read it again. Returns true when it did.
     */
    boolean verifierChangements(Executor filInterface) {
        String lu = marqueurLu;
        if (lu == null || travaux.get() > 0) {
            return false;
        }
        if (actions.marqueur().equals(lu)) {
            return false;
        }
        filInterface.execute(() -> {
            if (travaux.get() == 0) {
                recharger();
            }
        });
        return true;
    }

    /**
     * Polls the database every {@code periode} for the others' changes (see {@link #verifierChangements}), on a
     * thread of its own, until {@link #arreterSuivi()}. A server that does not answer is only logged: the next poll
     * tries again.
     */
    void suivreLesAutresPostes(Duration periode, Executor filInterface) {
        arreterSuivi();
        ScheduledExecutorService fil = Executors.newSingleThreadScheduledExecutor(travail -> {
            Thread thread = new Thread(travail, "cellule-pdp-suivi-seance");
            thread.setDaemon(true);
            return thread;
        });
        fil.scheduleWithFixedDelay(() -> {
            try {
                verifierChangements(filInterface);
            } catch (RuntimeException e) {
                // the type only: messages may quote user data
                LOG.warn("Suivi de la séance en échec : {}", e.getClass().getName());
            }
        }, periode.toMillis(), periode.toMillis(), TimeUnit.MILLISECONDS);
        suivi = fil;
    }

    void arreterSuivi() {
        if (suivi != null) {
            suivi.shutdownNow();
            suivi = null;
        }
    }

    void signaler(Exception exception) {
        dialogues.erreur("Séance", MessagesErreur.pourUtilisateur(exception));
    }
}
