package fr.cellulepdp.app.seance;

import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.support.MessagesErreur;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.seance.PlanSeance;
import fr.cellulepdp.model.seance.PreparerSeance;
import fr.cellulepdp.model.seance.Seance;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * View model of « Planifier une séance »: number (the next one when empty), date, time (14:00 by default), place,
 * video link, secretary, and the active members convoked (all at first); « Planifier » plans it in the user's name
 * and hands the meeting over, or says in French what is refused, keeping every field.
 */
final class ModelePlanification {

    private final PreparerSeance preparer;
    private final ExecuteurTaches executeur;
    private final List<Membre> membres;
    final StringProperty numero = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    final StringProperty heure = new SimpleStringProperty("14:00");
    final StringProperty lieu = new SimpleStringProperty("");
    final StringProperty visio = new SimpleStringProperty("");
    final ObjectProperty<Membre> secretaire = new SimpleObjectProperty<>();
    private final Map<Membre, BooleanProperty> convoques = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper problemes = new ReadOnlyStringWrapper("");

    ModelePlanification(PreparerSeance preparer, ExecuteurTaches executeur,
                        List<Membre> membres) {
        this.preparer = preparer;
        this.executeur = executeur;
        this.membres = List.copyOf(membres);
        membres.forEach(m -> convoques.put(m, new SimpleBooleanProperty(true)));
    }

    List<Membre> membres() {
        return membres;
    }

    /** Whether the member is convoked (a check box each). */
    BooleanProperty convoque(Membre membre) {
        return convoques.get(membre);
    }

    ReadOnlyStringProperty problemesProperty() {
        return problemes.getReadOnlyProperty();
    }

    /** « Planifier »: the meeting planned goes to {@code planifiee}; a refusal stays in {@link #problemesProperty}. */
    void planifier(Consumer<Seance> planifiee) {
        PlanSeance plan;
        try {
            plan = new PlanSeance(numero.get().isBlank() ? null : Integer.valueOf(numero.get().strip()), date.get(),
                    heure.get().isBlank() ? null : LocalTime.parse(heure.get().strip()), lieu.get(), visio.get(),
                    secretaire.get() == null ? null : secretaire.get().id(),
                    convoques.entrySet().stream().filter(e -> e.getValue().get()).map(e -> e.getKey().id()).toList());
        } catch (NumberFormatException | DateTimeParseException e) {
            problemes.set("Planification refusée :\n• numéro ou heure illisible (heure attendue : 14:00).");
            return;
        }
        problemes.set("");
        executeur.executer(() -> preparer.planifier(plan), planifiee,
                exception -> problemes.set(MessagesErreur.refus("Planification refusée", exception)));
    }
}
