package fr.cellulepdp.app.decision;

import fr.cellulepdp.app.ui.Horaires;
import fr.cellulepdp.app.support.MessagesErreur;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.decision.MotifType;
import fr.cellulepdp.model.decision.SaisieDecision;
import fr.cellulepdp.model.decision.SuiviPrevu;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.seance.CategoriePoint;
import fr.cellulepdp.model.seance.DossierSeance;
import fr.cellulepdp.model.seance.StatutSeance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * View model of the decision on one request of the current item: the request chosen, the outcome, the fields
 * ({@link FicheDecision}), one follow-up to create; the problems as the user types; the commands (record, start a
 * rectificatif, show the decision saved) with their enabled state. It decides between recording and rectifying: a
 * closed meeting only takes rectificatifs. A refused save keeps every field as typed. When the meeting is read
 * again because another computer saved something, what the user is typing is kept; if the other computer changed
 * this very decision, {@link #conflitProperty()} says so (saving would then be refused).
 */
public final class ModeleDecision {

    public static final String TITRE_ABANDON = "Décision non enregistrée";
    public static final String TITRE_REFUS = "Enregistrement impossible";

    private final SeanceEnCours seance;
    public final FicheDecision fiche = new FicheDecision();
    private final ObservableList<Demande> demandes = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Demande> demande = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<IssueDecision> issue = new SimpleObjectProperty<>();
    public final StringProperty suiviAction = new SimpleStringProperty("");
    public final ObjectProperty<Membre> suiviResponsable = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> suiviEcheance = new SimpleObjectProperty<>();
    private final ObservableList<MotifType> phrases = FXCollections.observableArrayList();
    private final ObservableList<Membre> responsables = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper etat = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problemes = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper libelleEnregistrer = new ReadOnlyStringWrapper("Enregistrer la décision");
    private final ReadOnlyBooleanWrapper saisissable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper rectificatifPossible = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper enregistrementOffert = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper rectificatifOffert = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper consultation = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper cloturee = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper conflit = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper modifie = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper enregistrement = new ReadOnlyBooleanWrapper(false);
    private boolean modeRectificatif;
    /** The panel is being filled by the program: not a change by the user. */
    private boolean remplissage;
    /** The version of the meeting's decision on the chosen request when the panel was filled (0: none). */
    private long versionRemplie;
    /** When the decision in force was recorded, as the panel was filled (empty: none yet). */
    private String enregistreeLe = "";

    public ModeleDecision(SeanceEnCours seance) {
        this.seance = seance;
        List<Observable> saisies = new ArrayList<>(fiche.aSurveiller());
        saisies.addAll(List.of(issue, suiviAction, suiviResponsable, suiviEcheance));
        saisies.forEach(p -> p.addListener(o -> {
            if (!remplissage) {
                modifie.set(true);
                direNonEnregistree();
                verifier();
            }
        }));
    }

    public ObservableList<Demande> demandes() {
        return demandes;
    }

    public ReadOnlyObjectProperty<Demande> demandeProperty() {
        return demande.getReadOnlyProperty();
    }

    public ObjectProperty<IssueDecision> issueProperty() {
        return issue;
    }

    public ObservableList<MotifType> phrases() {
        return phrases;
    }

    public ObservableList<Membre> responsables() {
        return responsables;
    }

    public ReadOnlyStringProperty etatProperty() {
        return etat.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemesProperty() {
        return problemes.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty libelleEnregistrerProperty() {
        return libelleEnregistrer.getReadOnlyProperty();
    }

    /** The fields and « Enregistrer » are enabled. */
    public ReadOnlyBooleanProperty saisissableProperty() {
        return saisissable.getReadOnlyProperty();
    }

    /** « Rectificatif… » is shown (a closed meeting). */
    public ReadOnlyBooleanProperty clotureeProperty() {
        return cloturee.getReadOnlyProperty();
    }

    /** The user logged in runs the meeting: « Rectificatif… » is offered to her alone. */
    public boolean pilote() {
        return seance.pilote();
    }

    /**
     * « Enregistrer » is shown: the meeting is planned or open (it is enabled once decisions can be recorded), or a
     * rectificatif is being entered. On a closed or cancelled meeting nobody is shown a command they cannot use.
     */
    public ReadOnlyBooleanProperty enregistrementOffertProperty() {
        return enregistrementOffert.getReadOnlyProperty();
    }

    /**
     * The panel shows a closed meeting's decision as a record (no rectificatif under way): its fields read tinted and
     * flat, at full contrast, not as inputs.
     */
    public ReadOnlyBooleanProperty consultationProperty() {
        return consultation.getReadOnlyProperty();
    }

    /** « Rectificatif… » is shown: a closed meeting, to the coordinatrice (RectifierDecision refuses the others). */
    public ReadOnlyBooleanProperty rectificatifOffertProperty() {
        return rectificatifOffert.getReadOnlyProperty();
    }

    /** « Rectificatif… » is enabled: a closed meeting's decision, no rectificatif under way. */
    public ReadOnlyBooleanProperty rectificatifPossibleProperty() {
        return rectificatifPossible.getReadOnlyProperty();
    }

    /** Another computer saved this decision while the user typed: « Afficher la décision enregistrée » shows. */
    public ReadOnlyBooleanProperty conflitProperty() {
        return conflit.getReadOnlyProperty();
    }

    /** The user changed something since the panel was filled or saved. */
    public ReadOnlyBooleanProperty modifieProperty() {
        return modifie.getReadOnlyProperty();
    }

    /**
     * Shows the requests of the current item; the first one is chosen. When the meeting was only read again (the
     * same request stays chosen) and the user has changed the panel, their input is kept.
     */
    public void afficher(DossierSeance dossier, DossierSeance.Point point) {
        List<Demande> liste = point == null ? List.of() : point.demandes();
        Demande avant = demande.get();
        Optional<Demande> memeDemande = avant == null ? Optional.empty()
                : liste.stream().filter(d -> d.id().equals(avant.id())).findFirst();
        remplissage = true;
        Membre responsable = suiviResponsable.get();
        phrases.setAll(dossier.motifsTypes());
        responsables.setAll(dossier.membres().stream().filter(Membre::actif).toList());
        demandes.setAll(liste);
        if ((modifie.get() || enregistrement.get()) && memeDemande.isPresent()) {
            // the same member object of the new reading, so that the choice lists still show it
            suiviResponsable.set(responsable == null ? null : responsables.stream()
                    .filter(m -> m.id().equals(responsable.id())).findFirst().orElse(null));
            demande.set(memeDemande.get());
            remplissage = false;
            garderLaSaisie(dossier, memeDemande.get());
            return;
        }
        modeRectificatif = false;
        demande.set(memeDemande.orElse(liste.isEmpty() ? null : liste.get(0)));
        remplissage = false;
        remplir();
    }

    /** The meeting was read again while the user types: their input stays, and a change by another is shown. */
    private void garderLaSaisie(DossierSeance dossier, Demande choisie) {
        boolean changeeAilleurs = !enregistrement.get() && dossier.versionDecision(choisie.id()) != versionRemplie;
        conflit.set(changeeAilleurs);
        if (changeeAilleurs) {
            etat.set("Cette décision vient d'être enregistrée ou modifiée sur un autre poste : votre saisie "
                    + "n'est pas enregistrée et le serait en conflit. Affichez la décision enregistrée pour la voir.");
        }
        afficherVerrou();
    }

    /**
     * Chooses another request of the item; with an unsaved change, only once the user agreed to drop it.
     *
     * @return false when the request chosen stays the same
     */
    public boolean choisirDemande(Demande choisie) {
        if (choisie == null || demande.get() != null && choisie.id().equals(demande.get().id())) {
            return true;
        }
        if (!peutQuitter()) {
            return false;
        }
        demande.set(choisie);
        modeRectificatif = false;
        remplir();
        return true;
    }

    /** True when nothing typed would be lost, or when the user agreed to drop it. */
    public boolean peutQuitter() {
        if (!modifie.get()) {
            return true;
        }
        if (!seance.confirmer(TITRE_ABANDON, "La décision en cours de saisie n’est pas enregistrée. "
                + "L’abandonner ?")) {
            return false;
        }
        modifie.set(false);
        return true;
    }

    public void choisirIssue(IssueDecision choisie) {
        if (saisissable.get()) {
            issue.set(choisie);
        }
    }

    /** Starts a rectificatif of the closed meeting's decision shown. */
    public void rectifier() {
        if (rectificatifPossible.get()) {
            modeRectificatif = true;
            afficherVerrou();
        }
    }

    /** Drops what is typed and shows the decision as saved now. */
    public void afficherEnregistree() {
        remplir();
    }

    /** Appends a standard phrase to the reasons. */
    public void insererPhrase(MotifType phrase) {
        if (phrase != null && saisissable.get()) {
            fiche.motifs.set(fiche.motifs.get().isBlank() ? phrase.texte()
                    : fiche.motifs.get().strip() + " " + phrase.texte());
        }
    }

    /**
     * Records the decision (or the rectificatif) in its own transaction. Saved, the panel shows it as saved; refused,
     * the refusal is shown and every field stays as typed.
     */
    public void enregistrer() {
        SaisieDecision saisie = saisie();
        if (saisie == null || !saisissable.get() || enregistrement.get()) {
            return;
        }
        Optional<Decision> enVigueur = decisionEnVigueur();
        enregistrement.set(true);
        if (modeRectificatif && enVigueur.isPresent()) {
            seance.rectifier(enVigueur.get().id(), saisie, this::enregistre, this::refuse);
        } else {
            // the decision as this panel was filled: one entered meanwhile on another computer is refused, not replaced
            seance.decider(saisie, versionRemplie, this::enregistre, this::refuse);
        }
    }

    /** Saved: the next reading of the meeting fills the panel with what is saved. */
    private void enregistre() {
        enregistrement.set(false);
        modifie.set(false);
        modeRectificatif = false;
    }

    /** Refused: the input stays, and counts as changed, so that the next reading keeps it. */
    private void refuse() {
        enregistrement.set(false);
        modifie.set(true);
        if (conflit.get()) {
            return;
        }
        etat.set("Enregistrement refusé : " + (enregistreeLe.isEmpty() ? "la décision n'est pas enregistrée."
                : "la modification n'est pas enregistrée ; la décision enregistrée le " + enregistreeLe
                + " reste en vigueur."));
    }

    /**
     * A change typed: « Décision enregistrée le … » would read as if it were saved. A change by another computer
     * keeps its own, stronger message.
     */
    private void direNonEnregistree() {
        if (!conflit.get() && !enregistrement.get()) {
            etat.set(enregistreeLe.isEmpty() ? "Décision en cours de saisie, pas encore enregistrée."
                    : "Modification non enregistrée : la décision enregistrée le " + enregistreeLe
                    + " reste en vigueur tant que vous n'enregistrez pas.");
        }
    }

    private Optional<Decision> decisionEnVigueur() {
        DossierSeance dossier = seance.dossier();
        return dossier == null || demande.get() == null ? Optional.empty()
                : dossier.decisionEnVigueur(demande.get().id());
    }

    /** Fills the panel with the decision in force for the chosen request, or empties it. */
    private void remplir() {
        remplissage = true;
        modifie.set(false);
        conflit.set(false);
        Optional<Decision> decision = decisionEnVigueur();
        Demande d = demande.get();
        DossierSeance dossier = seance.dossier();
        versionRemplie = dossier == null || d == null ? 0 : dossier.versionDecision(d.id());
        issue.set(decision.map(Decision::issue).orElse(null));
        fiche.remplir(decision, d);
        Optional<SuiviPrevu> suivi = decision.flatMap(x -> x.suivisPrevus().stream().findFirst());
        suiviAction.set(suivi.map(SuiviPrevu::action).orElse(""));
        suiviResponsable.set(suivi.flatMap(s -> responsables.stream()
                .filter(m -> m.id().equals(s.responsableId())).findFirst()).orElse(null));
        suiviEcheance.set(suivi.map(SuiviPrevu::echeance).orElse(null));
        enregistreeLe = decision.map(x -> Horaires.horodatage(x.decideeLe())).orElse("");
        etat.set(decision.map(x -> (x.estHorsSeance() ? "Décision urgente prise le "
                + Horaires.horodatage(x.decideeLe()) + ", présentée pour ratification."
                : (x.estRectificatif() ? "Rectificatif enregistré le " : "Décision enregistrée le ")
                + Horaires.horodatage(x.decideeLe()))).orElse(d == null ? "Aucune demande à décider pour ce point."
                : pasEncoreDecidee(dossier)));
        remplissage = false;
        afficherVerrou();
        verifier();
    }

    /** No decision yet: while the fields stay disabled, says what the user has to do first. */
    private static String pasEncoreDecidee(DossierSeance dossier) {
        if (dossier == null) {
            return "Pas encore de décision.";
        }
        StatutSeance statut = dossier.seance().statut();
        if (statut == StatutSeance.PLANIFIEE) {
            return "Pas encore de décision : ouvrez la séance pour décider.";
        }
        if (statut == StatutSeance.OUVERTE && !dossier.peutDecider()) {
            return "Pas encore de décision : " + dossier.constatQuorum()
                    + " Enregistrez les présences (onglet « Présences et quorum ») ou siégez sans quorum.";
        }
        return "Pas encore de décision.";
    }

    /** A closed meeting shows its decisions read-only, unless a rectificatif is being entered. */
    private void afficherVerrou() {
        DossierSeance dossier = seance.dossier();
        Demande d = demande.get();
        boolean close = dossier != null && dossier.seance().estCloturee();
        boolean ratification = d != null && dossier != null && dossier.seance().pointDe(d.id())
                .map(p -> p.categorie() == CategoriePoint.RATIFICATION).orElse(false);
        saisissable.set(d != null && !ratification && (close ? modeRectificatif : dossier != null
                && dossier.peutDecider()));
        libelleEnregistrer.set(modeRectificatif ? "Enregistrer le rectificatif" : "Enregistrer la décision");
        cloturee.set(close);
        boolean enCours = dossier != null && (dossier.seance().statut() == StatutSeance.PLANIFIEE
                || dossier.seance().statut() == StatutSeance.OUVERTE);
        enregistrementOffert.set(enCours || modeRectificatif);
        rectificatifOffert.set(seance.pilote() && close);
        consultation.set(close && !modeRectificatif);
        // a rectificatif is the coordinatrice's (RectifierDecision refuses it to others)
        rectificatifPossible.set(seance.pilote() && close && !modeRectificatif && decisionEnVigueur().isPresent());
    }

    private void verifier() {
        if (remplissage) {
            return;
        }
        SaisieDecision saisie = saisie();
        if (saisie == null) {
            return;
        }
        if (saisie.issue() == null || !saisissable.get()) {
            problemes.set("");
            return;
        }
        seance.verifier(saisie, liste -> problemes.set(MessagesErreur.puces(liste)));
    }

    /** The panel as a decision to record, or null when no request is chosen or the amount is unreadable. */
    private SaisieDecision saisie() {
        Demande d = demande.get();
        if (d == null) {
            problemes.set("");
            return null;
        }
        List<SuiviPrevu> suivis = suiviEcheance.get() == null && suiviAction.get().isBlank() ? List.of()
                : List.of(new SuiviPrevu(suiviAction.get(),
                        suiviResponsable.get() == null ? null : suiviResponsable.get().id(), suiviEcheance.get()));
        try {
            return fiche.saisie(d, issue.get(), suivis);
        } catch (NumberFormatException e) {
            problemes.set(FicheDecision.MONTANT_ILLISIBLE);
            return null;
        }
    }
}
