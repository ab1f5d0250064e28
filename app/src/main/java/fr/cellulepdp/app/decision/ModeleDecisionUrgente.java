package fr.cellulepdp.app.decision;

import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.support.MessagesErreur;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.decision.ControleDecision;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.decision.SaisieDecision;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.decision.DeciderEnUrgence;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * View model of « Décision urgente »: a request decided outside a meeting by the coordinatrice with an active
 * medical référent. The fields of a decision ({@link FicheDecision}, the request's dates and cost to start with),
 * checked as they are typed with the meeting's rules; « Décider » records it in the user's name or says in French
 * what is refused, keeping every field.
 */
public final class ModeleDecisionUrgente {

    private final ControleDecision controle;
    private final DeciderEnUrgence deciderEnUrgence;
    private final ExecuteurTaches executeur;
    private final Demande demande;
    private final List<Membre> medecins;
    final ObjectProperty<Membre> medecin = new SimpleObjectProperty<>();
    final ObjectProperty<IssueDecision> issue = new SimpleObjectProperty<>();
    final FicheDecision fiche = new FicheDecision();
    private final ReadOnlyStringWrapper problemes = new ReadOnlyStringWrapper("");

    /** @param membres the cell's members, of whom the active medical référents are offered */
    public ModeleDecisionUrgente(ControleDecision controle, DeciderEnUrgence deciderEnUrgence,
            ExecuteurTaches executeur, Demande demande,
                                 List<Membre> membres) {
        this.controle = controle;
        this.deciderEnUrgence = deciderEnUrgence;
        this.executeur = executeur;
        this.demande = demande;
        this.medecins = membres.stream().filter(m -> m.role() == Role.REFERENT_MEDICAL && m.actif()).toList();
        fiche.remplir(Optional.empty(), demande);
        issue.addListener(o -> verifier());
        fiche.aSurveiller().forEach(p -> p.addListener(o -> verifier()));
    }

    Demande demande() {
        return demande;
    }

    List<Membre> medecins() {
        return medecins;
    }

    ReadOnlyStringProperty problemesProperty() {
        return problemes.getReadOnlyProperty();
    }

    private Optional<SaisieDecision> saisie() {
        try {
            return Optional.of(fiche.saisie(demande, issue.get(), List.of()));
        } catch (NumberFormatException e) {
            problemes.set(FicheDecision.MONTANT_ILLISIBLE);
            return Optional.empty();
        }
    }

    /** The problems of the decision as typed, once an outcome is chosen. */
    private void verifier() {
        saisie().filter(s -> s.issue() != null).ifPresent(s -> executeur.executer(
                () -> controle.verifier(s),
                        liste -> problemes.set(MessagesErreur.puces(liste)),
                e -> problemes.set(MessagesErreur.pourUtilisateur(e))));
    }

    /** « Décider »: the decision recorded goes to {@code decidee}. */
    void decider(Consumer<Decision> decidee) {
        Optional<SaisieDecision> saisie = saisie();
        if (saisie.isEmpty()) {
            return;
        }
        Membre choisi = medecin.get();
        executeur.executer(() -> deciderEnUrgence.decider(choisi == null ? null : choisi.id(),
                saisie.get()), decidee, e -> problemes.set(MessagesErreur.refus("Décision refusée", e)));
    }
}
