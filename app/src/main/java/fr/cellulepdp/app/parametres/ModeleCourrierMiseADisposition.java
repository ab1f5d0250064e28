package fr.cellulepdp.app.parametres;

import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.support.MessagesErreur;
import fr.cellulepdp.model.importation.ProduireMisesADisposition;
import fr.cellulepdp.model.importation.TexteMiseADisposition;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * View model of Paramètres › Courriers › « courrier de mise à disposition »: the cell's wording with its
 * {{placeholders}} (an unknown one is refused on save, named); the letterhead, date, signatory and data-protection
 * notice are added by the application whatever the wording.
 */
public final class ModeleCourrierMiseADisposition {

    public static final String CHAMPS = "Champs : " + TexteMiseADisposition.PLACEHOLDERS.keySet().stream().sorted()
            .map(c -> "{{" + c + "}}").collect(Collectors.joining(" "));

    private final ProduireMisesADisposition misesADisposition;
    private final ExecuteurTaches executeur;
    private final StringProperty texte = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public ModeleCourrierMiseADisposition(ProduireMisesADisposition misesADisposition, ExecuteurTaches executeur) {
        this.misesADisposition = misesADisposition;
        this.executeur = executeur;
    }

    public void charger() {
        executeur.executer(() -> misesADisposition.modele(), texte::set,
                e -> message.set(MessagesErreur.pourUtilisateur(e)));
    }

    public void enregistrer() {
        String saisi = texte.get();
        executeur.executer(() -> {
            misesADisposition.enregistrerModele(saisi);
            return saisi;
        }, s -> message.set("Modèle enregistré."), e -> message.set(MessagesErreur.refus("Modèle refusé", e)));
    }

    public StringProperty texteProperty() {
        return texte;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
