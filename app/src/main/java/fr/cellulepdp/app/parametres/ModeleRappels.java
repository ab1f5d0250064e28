package fr.cellulepdp.app.parametres;

import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.support.MessagesErreur;
import fr.cellulepdp.model.suivi.ReglerRappels;
import fr.cellulepdp.model.suivi.ReglageRappels;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * View model of Paramètres › Rappels des suivis: on or off, how many days ahead, from which hour; saved by the
 * coordinatrice only (the use case refuses anyone else, and the message says so).
 */
public final class ModeleRappels {

    private final ReglerRappels reglerRappels;
    private final ExecuteurTaches executeur;
    private final BooleanProperty actifs = new SimpleBooleanProperty(false);
    private final ObjectProperty<Integer> joursAvant = new SimpleObjectProperty<>(7);
    private final ObjectProperty<Integer> heure = new SimpleObjectProperty<>(8);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public ModeleRappels(ReglerRappels reglerRappels, ExecuteurTaches executeur) {
        this.reglerRappels = reglerRappels;
        this.executeur = executeur;
    }

    public void charger() {
        executeur.executer(() -> reglerRappels.reglage(), this::afficher,
                e -> message.set(MessagesErreur.pourUtilisateur(e)));
    }

    public void enregistrer() {
        boolean a = actifs.get();
        int j = joursAvant.get() == null ? -1 : joursAvant.get();
        int h = heure.get() == null ? -1 : heure.get();
        executeur.executer(() -> reglerRappels.enregistrer(a, j, h), r -> {
            afficher(r);
            message.set("Réglage enregistré : " + r.enFrancais() + ".");
        }, e -> message.set(MessagesErreur.refus("Réglage refusé", e)));
    }

    private void afficher(ReglageRappels r) {
        actifs.set(r.actifs());
        joursAvant.set(r.joursAvant());
        heure.set(r.heure());
    }

    public BooleanProperty actifsProperty() {
        return actifs;
    }

    public ObjectProperty<Integer> joursAvantProperty() {
        return joursAvant;
    }

    public ObjectProperty<Integer> heureProperty() {
        return heure;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
