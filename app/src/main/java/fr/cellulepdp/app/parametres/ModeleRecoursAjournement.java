package fr.cellulepdp.app.parametres;

import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.support.MessagesErreur;
import fr.cellulepdp.model.cellule.ParametrerRecoursSurAjournement;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * View model of Paramètres › Courriers › Mentions légales: whether the adjournment letters give the appeal route
 * (decision 0033), saved by the coordinatrice only (the use case refuses anyone else, and the message says so).
 */
public final class ModeleRecoursAjournement {

    private final ParametrerRecoursSurAjournement parametrer;
    private final ExecuteurTaches executeur;
    private final BooleanProperty recours = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public ModeleRecoursAjournement(ParametrerRecoursSurAjournement parametrer, ExecuteurTaches executeur) {
        this.parametrer = parametrer;
        this.executeur = executeur;
    }

    public void charger() {
        executeur.executer(() -> parametrer.lire(), recours::set,
                e -> message.set(MessagesErreur.pourUtilisateur(e)));
    }

    public void enregistrer() {
        boolean valeur = recours.get();
        executeur.executer(() -> parametrer.modifier(valeur),
                c -> {
                    recours.set(c.recoursSurAjournement());
                    message.set(c.recoursSurAjournement()
                            ? "Réglage enregistré : les courriers d’ajournement donneront la voie de recours."
                            : "Réglage enregistré : les courriers d’ajournement diront que le report ne peut pas "
                                    + "faire l’objet d’un recours.");
                }, e -> message.set(MessagesErreur.refus("Réglage refusé", e)));
    }

    public BooleanProperty recoursProperty() {
        return recours;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
