package fr.cellulepdp.model.situation;

import fr.cellulepdp.model.commun.Textes;
import fr.cellulepdp.model.commun.Versionne;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The PDP file of one person: how it was referred, the sick leave it concerns, consent, flags and
 * status. {@code avisMedical} is read by the medical role only. {@code serviceSanteTravail} names the person's
 * occupational-health service (chosen from the cell's directory, or typed for a one-off), to which copies go.
 */
public record Situation(UUID id, long version, String numeroDossier, UUID assureId, UUID referentSocialId,
                        LocalDate dateSignalement, Origine origine, Risque risque, LocalDate debutArret,
                        LocalDate finArretPrevue, Consentement consentement, Drapeau urgent, Drapeau complexe,
                        String notesSociales, String avisMedical, StatutSituation statut,
                        IssueSituation issue, LocalDate dateCloture, String serviceSanteTravail)
        implements Versionne {

    public Situation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(assureId, "assureId");
        Objects.requireNonNull(origine, "origine");
        Objects.requireNonNull(risque, "risque");
        numeroDossier = Textes.nonNul(numeroDossier);
        consentement = consentement == null ? Consentement.AUCUN : consentement;
        urgent = urgent == null ? Drapeau.BAISSE : urgent;
        complexe = complexe == null ? Drapeau.BAISSE : complexe;
        notesSociales = Textes.nonNul(notesSociales);
        avisMedical = Textes.nonNul(avisMedical);
        statut = statut == null ? StatutSituation.OUVERTE : statut;
        serviceSanteTravail = Textes.nonNul(serviceSanteTravail);
    }

    /** The same file without its medical opinion, for a member who may not read it. */
    public Situation avecAvisMedical(String avis) {
        return new Situation(id, version, numeroDossier, assureId, referentSocialId, dateSignalement, origine, risque,
                debutArret, finArretPrevue, consentement, urgent, complexe, notesSociales, avis, statut, issue,
                dateCloture, serviceSanteTravail);
    }

    public Situation sansAvisMedical() {
        return new Situation(id, version, numeroDossier, assureId, referentSocialId, dateSignalement, origine, risque,
                debutArret, finArretPrevue, consentement, urgent, complexe, notesSociales, "", statut, issue,
                dateCloture, serviceSanteTravail);
    }

    public boolean estOuverte() {
        return statut != StatutSituation.CLOTUREE;
    }

    @Override
    public String toString() {
        return "Situation[" + numeroDossier + "]";
    }
}
