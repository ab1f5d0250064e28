package fr.cellulepdp.model.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One file of a meeting's folder in the archive of record.
 *
 * @param nom its name relative to the meeting's folder (« courriers/… » for the letters)
 */
public record DocumentSeance(UUID seanceId, int numeroSeance, LocalDate dateSeance, TypeDocument type, String nom,
                             long taille, Instant modifie) {
}
