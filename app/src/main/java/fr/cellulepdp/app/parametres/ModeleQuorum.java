package fr.cellulepdp.app.parametres;

import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.model.cellule.ParametrerQuorum;
import fr.cellulepdp.model.cellule.RegleQuorum;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** View model of the quorum rule: who must be present for the cell to decide, saved in the user's name. */
final class ModeleQuorum {

    private final ParametrerQuorum parametrer;
    private final ExecuteurTaches executeur;
    private final Consumer<Exception> erreur;
    final BooleanProperty coordinatrice = new SimpleBooleanProperty(true);
    final ObjectProperty<Integer> medicaux = new SimpleObjectProperty<>(1);
    final ObjectProperty<Integer> sociaux = new SimpleObjectProperty<>(1);
    final ObjectProperty<Integer> administratifs = new SimpleObjectProperty<>(0);
    private final ReadOnlyStringWrapper etat = new ReadOnlyStringWrapper("");

    ModeleQuorum(ParametrerQuorum parametrer, ExecuteurTaches executeur,
                 Consumer<Exception> erreur) {
        this.parametrer = parametrer;
        this.executeur = executeur;
        this.erreur = erreur;
    }

    /** The rule as recorded. */
    void afficher(RegleQuorum regle) {
        coordinatrice.set(regle.coordinatriceRequise());
        medicaux.set(regle.referentsMedicauxMin());
        sociaux.set(regle.referentsSociauxMin());
        administratifs.set(regle.referentsAdministratifsMin());
        etat.set("");
    }

    void enregistrer() {
        RegleQuorum regle;
        try {
            regle = new RegleQuorum(coordinatrice.get(), medicaux.get(), sociaux.get(), administratifs.get());
        } catch (RuntimeException e) {
            erreur.accept(e);
            return;
        }
        executeur.executer(() -> parametrer.modifier(regle),
                c -> etat.set("Règle enregistrée."),
                erreur);
    }

    ReadOnlyStringProperty etatProperty() {
        return etat.getReadOnlyProperty();
    }
}
