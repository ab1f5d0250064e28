package fr.cellulepdp.app.seance;

import fr.cellulepdp.app.shell.Champs;
import fr.cellulepdp.app.shell.ConvertisseurTexte;
import fr.cellulepdp.app.shell.Tableaux;
import fr.cellulepdp.model.decision.AvisMedical;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.decision.SaisieDecision;
import fr.cellulepdp.model.decision.SuiviPrevu;
import fr.cellulepdp.model.demande.Demande;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/**
 * The fields of a decision, shared by the meeting's decision panel and the urgent-decision dialog: medical
 * opinion, reasons, conditions, granted dates and amount, missing elements and deadline, derogation. Their ids
 * start with {@code prefixe} ("champ-motifs", "urgence-motifs").
 */
final class ChampsDecision {

    static final String MONTANT_ILLISIBLE = "• montant accordé : nombre attendu, par exemple 1250,50.";

    final ComboBox<AvisMedical> avis = new ComboBox<>();
    final TextArea motifs;
    final TextArea conditions;
    final DatePicker debut;
    final DatePicker fin;
    final TextField montant;
    final TextArea elements;
    final DatePicker dateLimite;
    final TextField derogation;

    ChampsDecision(String prefixe) {
        avis.setId(prefixe + "avis-medical");
        avis.getItems().setAll(AvisMedical.values());
        avis.setConverter(new ConvertisseurTexte<>(Tableaux::texte));
        avis.setValue(AvisMedical.NON_RENDU);
        motifs = zone(prefixe + "motifs");
        conditions = zone(prefixe + "conditions");
        debut = Champs.date(prefixe + "debut-accorde");
        fin = Champs.date(prefixe + "fin-accordee");
        montant = Champs.texte(prefixe + "montant-accorde", 8);
        elements = zone(prefixe + "elements-manquants");
        dateLimite = Champs.date(prefixe + "date-limite");
        derogation = Champs.texte(prefixe + "derogation", 30);
    }

    /** What the problems depend on: a change of any re-checks the decision. */
    List<Observable> aSurveiller() {
        return List.of(motifs.textProperty(), conditions.textProperty(), elements.textProperty(),
                derogation.textProperty(), montant.textProperty(), debut.valueProperty(), fin.valueProperty(),
                dateLimite.valueProperty());
    }

    /** The decision recorded, or the request's own dates and cost when there is none yet. */
    void remplir(Optional<Decision> decision, Demande demande) {
        avis.setValue(decision.map(Decision::avisMedical).orElse(AvisMedical.NON_RENDU));
        motifs.setText(decision.map(Decision::motifs).orElse(""));
        conditions.setText(decision.map(Decision::conditions).orElse(""));
        debut.setValue(decision.map(Decision::dateDebutAccordee).orElse(demande == null ? null : demande.dateDebut()));
        fin.setValue(decision.map(Decision::dateFinAccordee).orElse(demande == null ? null : demande.dateFin()));
        BigDecimal somme = decision.map(Decision::montantAccorde).orElse(demande == null ? null : demande.cout());
        montant.setText(somme == null ? "" : somme.toPlainString());
        elements.setText(decision.map(Decision::elementsManquants).orElse(""));
        dateLimite.setValue(decision.map(Decision::dateLimiteElements).orElse(null));
        derogation.setText(decision.map(Decision::derogation).orElse(""));
    }

    /** @throws NumberFormatException when the amount is not one (the caller shows {@link #MONTANT_ILLISIBLE}) */
    SaisieDecision saisie(Demande demande, IssueDecision issue, List<SuiviPrevu> suivis) {
        return new SaisieDecision(demande.id(), issue, avis.getValue(), motifs.getText(), conditions.getText(),
                debut.getValue(), fin.getValue(), Champs.montant(montant), elements.getText(), dateLimite.getValue(),
                derogation.getText(), suivis);
    }

    private static TextArea zone(String id) {
        TextArea zone = new TextArea();
        zone.setId(id);
        zone.setPrefRowCount(2);
        zone.setWrapText(true);
        return zone;
    }
}
