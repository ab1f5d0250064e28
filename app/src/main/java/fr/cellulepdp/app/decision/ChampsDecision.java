package fr.cellulepdp.app.decision;

import fr.cellulepdp.app.ui.Champs;
import fr.cellulepdp.app.ui.ConvertisseurTexte;
import fr.cellulepdp.app.ui.Tableaux;
import fr.cellulepdp.model.decision.AvisMedical;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/**
 * The controls of a decision's fields, bound both ways to a {@link FicheDecision}: shared by the meeting's decision
 * panel and the urgent-decision dialog. Their ids start with {@code prefixe} ("champ-motifs", "urgence-motifs").
 */
final class ChampsDecision {

    final ComboBox<AvisMedical> avis = new ComboBox<>();
    final TextArea motifs;
    final TextArea conditions;
    final DatePicker debut;
    final DatePicker fin;
    final TextField montant;
    final TextArea elements;
    final DatePicker dateLimite;
    final TextField derogation;

    ChampsDecision(String prefixe, FicheDecision fiche) {
        avis.setId(prefixe + "avis-medical");
        avis.getItems().setAll(AvisMedical.values());
        avis.setConverter(new ConvertisseurTexte<>(Tableaux::texte));
        avis.valueProperty().bindBidirectional(fiche.avis);
        motifs = zone(prefixe + "motifs");
        motifs.textProperty().bindBidirectional(fiche.motifs);
        conditions = zone(prefixe + "conditions");
        conditions.textProperty().bindBidirectional(fiche.conditions);
        debut = Champs.date(prefixe + "debut-accorde");
        debut.valueProperty().bindBidirectional(fiche.debut);
        fin = Champs.date(prefixe + "fin-accordee");
        fin.valueProperty().bindBidirectional(fiche.fin);
        montant = Champs.texte(prefixe + "montant-accorde", 8);
        montant.textProperty().bindBidirectional(fiche.montant);
        elements = zone(prefixe + "elements-manquants");
        elements.textProperty().bindBidirectional(fiche.elements);
        dateLimite = Champs.date(prefixe + "date-limite");
        dateLimite.valueProperty().bindBidirectional(fiche.dateLimite);
        derogation = Champs.texte(prefixe + "derogation", 30);
        derogation.textProperty().bindBidirectional(fiche.derogation);
    }

    private static TextArea zone(String id) {
        TextArea zone = new TextArea();
        zone.setId(id);
        zone.setPrefRowCount(2);
        zone.setWrapText(true);
        return zone;
    }
}
