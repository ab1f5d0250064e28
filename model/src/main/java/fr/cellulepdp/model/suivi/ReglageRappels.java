package fr.cellulepdp.model.suivi;

import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.commun.Versionne;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The cell's daily reminder of follow-ups: on or off, the follow-ups due within {@code joursAvant} days (and every
 * overdue one), sent from {@code heure} o'clock (Paris time) when the application runs.
 */
public record ReglageRappels(UUID id, long version, boolean actifs, int joursAvant, int heure) implements Versionne {

    /** Off until the coordinatrice turns it on: a member should not get e-mails the cell never decided to send. */
    public static final ReglageRappels PAR_DEFAUT = new ReglageRappels(UUID.randomUUID(), 0, false, 7, 8);

    /** The most days before its due date a follow-up may be reminded. */
    public static final int JOURS_AVANT_MAXIMUM = 90;

    public ReglageRappels {
        Objects.requireNonNull(id, "id");
        List<Probleme> problemes = new ArrayList<>();
        if (joursAvant < 0 || joursAvant > JOURS_AVANT_MAXIMUM) {
            problemes.add(new Probleme("joursAvant", "le délai du rappel doit être compris entre 0 et "
                    + JOURS_AVANT_MAXIMUM + " jours ("
                    + joursAvant + " donné)."));
        }
        if (heure < 0 || heure > 23) {
            problemes.add(new Probleme("heure", "l’heure d’envoi des rappels doit être comprise entre 0 et 23 ("
                    + heure + " donnée)."));
        }
        if (!problemes.isEmpty()) {
            throw new SaisieInvalideException(problemes);
        }
    }

    public ReglageRappels avec(boolean nouveauxActifs, int nouveauxJours, int nouvelleHeure) {
        return new ReglageRappels(id, version, nouveauxActifs, nouveauxJours, nouvelleHeure);
    }

    public String enFrancais() {
        return actifs ? "rappels activés : suivis à échéance sous " + joursAvant + " jour(s) et en retard, envoyés "
                + "chaque jour à partir de " + heure + " h" : "rappels désactivés";
    }
}
