package fr.cellulepdp.app.seance;

import fr.cellulepdp.app.shell.Champs;
import fr.cellulepdp.model.decision.AvisMedical;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.decision.SaisieDecision;
import fr.cellulepdp.model.decision.SuiviPrevu;
import fr.cellulepdp.model.demande.Demande;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The fields of a decision as properties, shared by the meeting's decision view model and the urgent-decision
 * dialog: medical opinion, reasons, conditions, granted dates and amount (as typed), missing elements and deadline,
 * derogation. {@link ChampsDecision} binds its controls to them.
 */
final class FicheDecision {

    static final String MONTANT_ILLISIBLE = "• montant accordé : nombre attendu, par exemple 1250,50.";

    final ObjectProperty<AvisMedical> avis = new SimpleObjectProperty<>(AvisMedical.NON_RENDU);
    final StringProperty motifs = new SimpleStringProperty("");
    final StringProperty conditions = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> debut = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> fin = new SimpleObjectProperty<>();
    final StringProperty montant = new SimpleStringProperty("");
    final StringProperty elements = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> dateLimite = new SimpleObjectProperty<>();
    final StringProperty derogation = new SimpleStringProperty("");

    /** Every field: a change of any re-checks the decision. */
    List<Observable> aSurveiller() {
        return List.of(avis, motifs, conditions, elements, derogation, montant, debut, fin, dateLimite);
    }

    /** The decision recorded, or the request's own dates and cost when there is none yet. */
    void remplir(Optional<Decision> decision, Demande demande) {
        avis.set(decision.map(Decision::avisMedical).orElse(AvisMedical.NON_RENDU));
        motifs.set(decision.map(Decision::motifs).orElse(""));
        conditions.set(decision.map(Decision::conditions).orElse(""));
        debut.set(decision.map(Decision::dateDebutAccordee).orElse(demande == null ? null : demande.dateDebut()));
        fin.set(decision.map(Decision::dateFinAccordee).orElse(demande == null ? null : demande.dateFin()));
        BigDecimal somme = decision.map(Decision::montantAccorde).orElse(demande == null ? null : demande.cout());
        // written the French way, as it is typed
        montant.set(fr.cellulepdp.model.commun.Nombres.montantSaisi(somme));
        elements.set(decision.map(Decision::elementsManquants).orElse(""));
        dateLimite.set(decision.map(Decision::dateLimiteElements).orElse(null));
        derogation.set(decision.map(Decision::derogation).orElse(""));
    }

    /** @throws NumberFormatException when the amount is not one (the caller shows {@link #MONTANT_ILLISIBLE}) */
    SaisieDecision saisie(Demande demande, IssueDecision issue, List<SuiviPrevu> suivis) {
        return new SaisieDecision(demande.id(), issue, avis.get(), motifs.get(), conditions.get(), debut.get(),
                fin.get(), Champs.montant(montant.get()), elements.get(), dateLimite.get(), derogation.get(), suivis);
    }
}
