package fr.cellulepdp.app.demande;

import fr.cellulepdp.app.document.DossierDocuments;
import fr.cellulepdp.app.decision.ModeleDecisionUrgente;
import fr.cellulepdp.app.situation.ModeleFicheSituation;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.support.MessagesErreur;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.demande.StatutDemande;
import fr.cellulepdp.model.decision.HistoriquePersonne;
import fr.cellulepdp.model.situation.LireDossier;
import fr.cellulepdp.model.situation.Situation;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * View model of one person's file: every request of every situation of the person with the decisions taken on each
 * and where their letters stand, read in the background (opening it is recorded in the audit trail, reading it again
 * after a change is not); the commands the user's role allows, and which of them the selected request permits now
 * (a request of this file, neither decided nor withdrawn). Use cases run in the name of the user logged in; a
 * refusal or failure is said in French in {@link #messageProperty()}.
 */
public final class ModeleDossier {

    /**
     * What the file's dialog uses, built in the wiring (decision record 0044): who acts, the use cases it calls, the
     * members (the social référents for the form, all for the urgent decision), and what the request and situation
     * forms it opens use.
     */
    public record CasDUsage(fr.cellulepdp.model.cellule.UtilisateurCourant utilisateurCourant,
                            fr.cellulepdp.model.situation.AvisMedicalSituation avisMedical,
                            HistoriquePersonne historiquePersonne,
                            fr.cellulepdp.model.notification.SuivreCourriers suivreCourriers,
                            fr.cellulepdp.model.demande.GererDemandes gererDemandes, LireDossier lireDossier,
                            java.util.function.Supplier<List<Membre>> referentsSociauxActifs,
                            java.util.function.Supplier<List<Membre>> membres,
                            fr.cellulepdp.model.decision.ControleDecision controleDecision,
                            fr.cellulepdp.model.decision.DeciderEnUrgence deciderEnUrgence,
                            fr.cellulepdp.model.protection.ExporterDonneesPersonne exporterDonneesPersonne,
                            ModeleFicheSituation.CasDUsage fiche, ModeleDemande.CasDUsage demande) {
    }

    private final CasDUsage cas;
    private final ExecuteurTaches executeur;
    private final String personne;
    private final Role role;
    private final boolean litAvisMedical;
    private final ReadOnlyObjectWrapper<Situation> situation = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper entete = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper enErreur = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<HistoriquePersonne.Ligne> lignes = FXCollections.observableArrayList();
    /** Where the letters of each decision stand, by decision. */
    private final Map<UUID, String> courriers = new HashMap<>();
    private final ObjectProperty<HistoriquePersonne.Ligne> selection = new SimpleObjectProperty<>();
    private final BooleanBinding demandeModifiable;
    private final BooleanBinding nouvellePossible;
    private boolean ouvert;

    /** @param personne the person's name as the list shows it (the dialog's header) */
    public ModeleDossier(CasDUsage cas, ExecuteurTaches executeur, Situation situation, String personne) {
        this.cas = cas;
        this.executeur = executeur;
        this.personne = personne;
        Utilisateur utilisateur = cas.utilisateurCourant().utilisateur();
        this.role = utilisateur.role();
        this.litAvisMedical = cas.avisMedical().peutLire();
        afficher(situation);
        // a closed file's requests stay as they are: the use case would refuse (reopen the file first)
        demandeModifiable = Bindings.createBooleanBinding(() -> ecrit() && this.situation.get().estOuverte()
                && modifiable(selection.get()), selection, this.situation);
        nouvellePossible = Bindings.createBooleanBinding(() -> ecrit() && this.situation.get().estOuverte(),
                this.situation);
    }

    /** The file as saved now: the header, and whether a request may still be added (not on a closed file). */
    public void afficher(Situation lue) {
        situation.set(lue);
        entete.set(lue.numeroDossier() + " — " + personne + " — " + lue.origine().libelle() + ", "
                + lue.risque().libelle().toLowerCase() + ", " + lue.statut().libelle().toLowerCase()
                + (lue.issue() == null ? "" : " (" + lue.issue().libelle().toLowerCase() + ")"));
    }

    /** The history, and where the letters of each decision stand, read together in the background. */
    public void charger() {
        boolean ouverture = !ouvert;
        ouvert = true;
        Situation dossier = situation.get();
        executeur.executer(() -> {
            List<HistoriquePersonne.Ligne> historique = ouverture
                    ? cas.historiquePersonne().consulter(dossier)
                    : cas.historiquePersonne().historique(dossier.assureId());
            Map<UUID, String> etats = new HashMap<>();
            historique.forEach(l -> l.decisions().forEach(d -> etats.put(d.id(),
                    cas.suivreCourriers().etatDecision(d.id()))));
            return new Lecture(historique, etats);
        }, lecture -> {
            courriers.clear();
            courriers.putAll(lecture.courriers());
            HistoriquePersonne.Ligne choisie = selection.get();
            lignes.setAll(lecture.lignes());
            // the same request stays selected after a change, as read again
            selection.set(choisie == null ? null : lignes.stream().filter(l -> l.demande().id()
                    .equals(choisie.demande().id())).findFirst().orElse(null));
        }, this::echec);
    }

    private record Lecture(List<HistoriquePersonne.Ligne> lignes, Map<UUID, String> courriers) {
    }

    /** A request of this file, neither decided nor withdrawn, may be edited, withdrawn or decided urgently. */
    private boolean modifiable(HistoriquePersonne.Ligne ligne) {
        if (ligne == null) {
            return false;
        }
        StatutDemande statut = ligne.demande().statut();
        return ligne.demande().situationId().equals(situation.get().id()) && statut != StatutDemande.DECIDEE
                && statut != StatutDemande.RETIREE;
    }

    /** Withdraws the selected request (still in the history, marked « Retirée »), then reads the file again. */
    public void retirer() {
        HistoriquePersonne.Ligne ligne = selection.get();
        if (!demandeModifiable.get()) {
            return;
        }
        executeur.executer(() -> cas.gererDemandes().retirer(ligne.demande()), d -> {
            dire("Demande retirée.");
            charger();
        }, this::echec);
    }

    /** Reads the person and the file as they are now, and gives their form to {@code formulaire}. */
    public void modifierDossier(Consumer<ModeleFicheSituation<Situation>> formulaire) {
        if (!ecrit()) {
            return;
        }
        UUID id = situation.get().id();
        executeur.executer(() -> new DossierLu(cas.lireDossier().lire(id),
                        cas.referentsSociauxActifs().get()),
                lu -> formulaire.accept(ModeleFicheSituation.modification(cas.fiche(), executeur, lu.referents(),
                        lu.dossier().assure(), lu.dossier().situation())), this::echec);
    }

    private record DossierLu(LireDossier.Dossier dossier, List<Membre> referents) {
    }

    /** The selected request to decide now, outside a meeting, with a medical référent: its form's view model. */
    public void deciderEnUrgence(Consumer<ModeleDecisionUrgente> formulaire) {
        HistoriquePersonne.Ligne ligne = selection.get();
        if (!urgencePossible() || !demandeModifiable.get()) {
            return;
        }
        executeur.executer(() -> cas.membres().get(), membres -> formulaire.accept(
                new ModeleDecisionUrgente(cas.controleDecision(), cas.deciderEnUrgence(), executeur, ligne.demande(),
                membres)), this::echec);
    }

    /** The request form's view model: a new request when {@code ligne} is null, else the one it shows. */
    public ModeleDemande demande(HistoriquePersonne.Ligne ligne) {
        return ModeleDemande.pour(cas.demande(), executeur, situation.get().id(), ligne == null ? null
                : ligne.demande());
    }

    /** The medical opinion's view model, on this file. */
    public ModeleAvisMedical avisMedical() {
        return new ModeleAvisMedical(cas.avisMedical(), executeur, situation.get());
    }

    /** Everything held about the person, as one PDF written to {@code fichier} (the right of access). */
    public void exporterDroitAcces(Path fichier) {
        if (!coordinatrice()) {
            return;
        }
        UUID assureId = situation.get().assureId();
        executeur.executer(() -> {
            DossierDocuments.ecrireAtomiquement(fichier, cas.exporterDonneesPersonne().exporter(assureId).contenu());
            return fichier;
        }, f -> dire("Données de la personne écrites dans " + f + "."), this::echec);
    }

    private void dire(String texte) {
        enErreur.set(false);
        message.set(texte);
    }

    private void echec(Exception exception) {
        enErreur.set(true);
        message.set(MessagesErreur.pourUtilisateur(exception));
    }

    /** The decisions taken on a request, in words, for the history's column. */
    public static String decisions(List<Decision> decisions) {
        return decisions.stream().map(d -> d.issue().libelle() + (d.estRectificatif() ? " (rectificatif)" : ""))
                .collect(Collectors.joining(", "));
    }

    /** Where the letters of the request's last decision stand ("" before any decision). */
    public String courriers(HistoriquePersonne.Ligne ligne) {
        return ligne.decisions().isEmpty() ? ""
                : courriers.getOrDefault(ligne.decisions().get(ligne.decisions().size() - 1).id(), "");
    }

    public ReadOnlyObjectProperty<Situation> situationProperty() {
        return situation.getReadOnlyProperty();
    }

    public Situation situation() {
        return situation.get();
    }

    public ReadOnlyStringProperty enteteProperty() {
        return entete.getReadOnlyProperty();
    }

    /** The last outcome: a refusal or failure (in red), or what was done. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty enErreurProperty() {
        return enErreur.getReadOnlyProperty();
    }

    public ObservableList<HistoriquePersonne.Ligne> lignes() {
        return lignes;
    }

    /** The request chosen in the history (bound to the table's selection). */
    public ObjectProperty<HistoriquePersonne.Ligne> selectionProperty() {
        return selection;
    }

    /** The role writes files and requests: « Nouvelle demande », « Modifier », « Retirer », « Modifier le dossier ». */
    public boolean ecrit() {
        return role.ecritDossiers();
    }

    /** The coordinatrice alone decides urgently outside a meeting. */
    public boolean urgencePossible() {
        return role == Role.COORDINATRICE;
    }

    /** The coordinatrice alone answers a person's right of access. */
    public boolean coordinatrice() {
        return role == Role.COORDINATRICE;
    }

    /** The medical opinion is offered to those who read it: the medical référents, the coordinatrice if allowed. */
    public boolean avisMedicalVisible() {
        return litAvisMedical;
    }

    /** Enabled state of the commands on the selected request (edit, withdraw, urgent decision). */
    public BooleanBinding demandeModifiableProperty() {
        return demandeModifiable;
    }

    /** Enabled state of « Nouvelle demande »: a role that writes, on a file still open. */
    public BooleanBinding nouvellePossibleProperty() {
        return nouvellePossible;
    }
}
