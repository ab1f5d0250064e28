package fr.cellulepdp.model.seance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** One line of the meetings list. */
public record ResumeSeance(UUID id, int numero, LocalDate date, LocalTime heure, String lieu, StatutSeance statut,
                           int points, int dureePrevueMinutes, long decisions, String courriers) {
}
