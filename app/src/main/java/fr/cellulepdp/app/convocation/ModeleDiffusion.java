package fr.cellulepdp.app.convocation;

import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.support.MessagesErreur;
import fr.cellulepdp.model.convocation.ParametrerDiffusion;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * View model of the minutes' distribution setting (Paramètres › Séances et décisions): whether the internal members receive
 * the full signed minutes by e-mail too; partners always receive the extract. The box shows what is saved.
 */
public final class ModeleDiffusion {

    private final ParametrerDiffusion parametrerDiffusion;
    private final ExecuteurTaches executeur;
    private final ReadOnlyBooleanWrapper auxInternes = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper etat = new ReadOnlyStringWrapper("");

    public ModeleDiffusion(ParametrerDiffusion parametrerDiffusion, ExecuteurTaches executeur) {
        this.parametrerDiffusion = parametrerDiffusion;
        this.executeur = executeur;
    }

    public ReadOnlyBooleanProperty auxInternesProperty() {
        return auxInternes.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty etatProperty() {
        return etat.getReadOnlyProperty();
    }

    public void charger() {
        executeur.executer(() -> parametrerDiffusion.procesVerbalAuxInternes(),
                auxInternes::set, e -> etat.set(MessagesErreur.refus("Lecture impossible", e)));
    }

    /** Saves the choice; on a refusal the box goes back to what is saved and the reason shows. */
    public void choisir(boolean oui) {
        executeur.executer(() -> {
            parametrerDiffusion.choisirProcesVerbalAuxInternes(oui);
            return oui;
        }, enregistre -> {
            auxInternes.set(enregistre);
            etat.set(enregistre ? "Enregistré : les membres internes recevront le procès-verbal signé."
                    : "Enregistré : seuls les partenaires recevront l’extrait du procès-verbal.");
        }, e -> {
            etat.set(MessagesErreur.refus("Réglage refusé", e));
            charger();
        });
    }
}
