package fr.cellulepdp.model.importation;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** An open file of the IJ 60 days list as the Situations page and the command line list it, with its letter if any. */
public record LigneMiseADisposition(UUID situationId, String numeroDossier, LocalDate dateSignalement,
                                    Optional<MiseADisposition> courrier) {
}
