package fr.cellulepdp.app.seance;

import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.support.MessagesErreur;
import fr.cellulepdp.model.seance.DeplacerSeance;
import fr.cellulepdp.model.seance.Seance;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * View model of « Déplacer la séance… »: a planned meeting's date, time, place and video link, filled with what it
 * has; saved, the members already convoked are told by convoking again (an update of the same calendar entry). A
 * refusal is said in place and keeps what was typed.
 */
public final class ModeleDeplacement {

    final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    final StringProperty heure = new SimpleStringProperty("");
    final StringProperty lieu = new SimpleStringProperty("");
    final StringProperty lienVisio = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problemes = new ReadOnlyStringWrapper("");
    private final DeplacerSeance deplacerSeance;
    private final ExecuteurTaches executeur;
    private final Seance seance;

    public ModeleDeplacement(DeplacerSeance deplacerSeance, ExecuteurTaches executeur,
            Seance seance) {
        this.deplacerSeance = deplacerSeance;
        this.executeur = executeur;
        this.seance = seance;
        date.set(seance.date());
        heure.set(seance.heure() == null ? "" : seance.heure().toString());
        lieu.set(seance.lieu());
        lienVisio.set(seance.lienVisio());
    }

    Seance seance() {
        return seance;
    }

    ReadOnlyStringProperty problemesProperty() {
        return problemes.getReadOnlyProperty();
    }

    /** True when the date, time, place or link typed differ from the meeting's. */
    boolean change() {
        return !seance.date().equals(date.get()) || !heure.get().strip().equals(seance.heure() == null ? ""
                : seance.heure().toString()) || !lieu.get().strip().equals(seance.lieu())
                || !lienVisio.get().strip().equals(seance.lienVisio());
    }

    /** Moves the meeting; {@code fait} receives it once saved. */
    void enregistrer(Consumer<Seance> fait) {
        LocalTime a;
        try {
            a = heure.get().isBlank() ? null : LocalTime.parse(heure.get().strip());
        } catch (DateTimeParseException e) {
            problemes.set("Déplacement refusé :\n• heure : « " + heure.get().strip() + " » illisible (attendue : "
                    + "14:00).");
            return;
        }
        if (!change()) {
            problemes.set("Rien n’a changé : la séance garde sa date, son heure et son lieu.");
            return;
        }
        LocalDate le = date.get();
        String ou = lieu.get();
        String lien = lienVisio.get();
        executeur.executer(() -> deplacerSeance.deplacer(seance.id(), le, a, ou,
                lien), deplacee -> {
                    problemes.set("");
                    fait.accept(deplacee);
                }, exception -> problemes.set(MessagesErreur.refus("Déplacement refusé", exception)));
    }
}
