package fr.cellulepdp.model.suivi;

import fr.cellulepdp.model.mesure.TypeMesure;

/**
 * A follow-up as the Suivis page lists it, read with what the page shows of its file: the file's number, its
 * person's names (their first letters only where the reader may not read more), the measure its decision was
 * taken on ({@code null} for a follow-up without decision), and when it was last named in a reminder that left
 * ({@code null} when never).
 */
public record SuiviDeLaListe(Suivi suivi, String numeroDossier, String nom, String prenom, TypeMesure mesure,
                             java.time.Instant rappeleLe) {
}
