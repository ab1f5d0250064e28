package fr.cellulepdp.app.parametres;

import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.support.MessagesErreur;
import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.cellule.ParametrerProtection;
import java.util.function.IntConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * View model of the data-protection settings: retention period, lock after inactivity (applied at once to this
 * session's lock), whether the coordinatrice reads the medical opinion; saved in the user's name, a refusal said in
 * French.
 */
final class ModeleProtection {

    private final ParametrerProtection parametrer;
    private final IntConsumer delaiVerrouillage;
    private final ExecuteurTaches executeur;
    final ObjectProperty<Integer> conservation = new SimpleObjectProperty<>(2);
    final ObjectProperty<Integer> verrouillage = new SimpleObjectProperty<>(10);
    final BooleanProperty avisMedical = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper etat = new ReadOnlyStringWrapper("");

    /** @param delaiVerrouillage the running session's lock, told the delay saved */
    ModeleProtection(ParametrerProtection parametrer, IntConsumer delaiVerrouillage, ExecuteurTaches executeur) {
        this.parametrer = parametrer;
        this.delaiVerrouillage = delaiVerrouillage;
        this.executeur = executeur;
    }

    /** The settings as recorded. */
    void afficher(Cellule cellule) {
        conservation.set(cellule.conservationAnnees());
        verrouillage.set(cellule.verrouillageMinutes());
        avisMedical.set(cellule.coordinatriceLitAvisMedical());
        etat.set("");
    }

    void enregistrer() {
        int annees = conservation.get();
        int minutes = verrouillage.get();
        boolean lit = avisMedical.get();
        executeur.executer(() -> parametrer.modifier(annees, minutes, lit), c -> {
            afficher(c);
            delaiVerrouillage.accept(c.verrouillageMinutes());
            etat.set("Réglages enregistrés : le verrouillage après " + c.verrouillageMinutes()
                    + " minute" + (c.verrouillageMinutes() > 1 ? "s" : "") + " d’inactivité s’applique dès maintenant"
                    + " (sur un autre poste, à sa prochaine connexion).");
        }, e -> etat.set(MessagesErreur.refus("Réglages refusés", e)));
    }

    ReadOnlyStringProperty etatProperty() {
        return etat.getReadOnlyProperty();
    }
}
