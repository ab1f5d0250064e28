package fr.cellulepdp.app.parametres;

import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.support.MessagesErreur;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.document.GererModelesCourrier;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * View model of the letters' wording: the outcome chosen (Accord first), its wording as recorded, then as typed;
 * « Enregistrer » saves it in the user's name, or says which {{placeholder}} is unknown, keeping the text typed.
 */
final class ModeleModelesCourrier {

    private final GererModelesCourrier gerer;
    private final ExecuteurTaches executeur;
    private final Map<IssueDecision, String> modeles = new EnumMap<>(IssueDecision.class);
    final ObjectProperty<IssueDecision> issue = new SimpleObjectProperty<>();
    final StringProperty texte = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper etat = new ReadOnlyStringWrapper("");

    ModeleModelesCourrier(GererModelesCourrier gerer, ExecuteurTaches executeur) {
        this.gerer = gerer;
        this.executeur = executeur;
        issue.addListener((o, a, b) -> {
            texte.set(b == null ? "" : modeles.getOrDefault(b, ""));
            etat.set("");
        });
    }

    void actualiser() {
        executeur.executer(() -> gerer.modeles(), lus -> {
            modeles.putAll(lus);
            if (issue.get() == null) {
                issue.set(IssueDecision.ACCORD);
            } else {
                texte.set(modeles.getOrDefault(issue.get(), ""));
            }
        }, e -> etat.set(MessagesErreur.pourUtilisateur(e)));
    }

    void enregistrer() {
        IssueDecision choisie = issue.get();
        String saisi = texte.get();
        executeur.executer(() -> {
            gerer.enregistrer(choisie, saisi);
            return saisi;
        }, s -> {
            modeles.put(choisie, s);
            etat.set("Modèle enregistré.");
        }, e -> etat.set("Modèle refusé : " + MessagesErreur.pourUtilisateur(e)));
    }

    ReadOnlyStringProperty etatProperty() {
        return etat.getReadOnlyProperty();
    }
}
