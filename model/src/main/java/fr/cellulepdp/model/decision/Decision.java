package fr.cellulepdp.model.decision;

import fr.cellulepdp.model.commun.Montants;
import fr.cellulepdp.model.commun.Horodatages;
import fr.cellulepdp.model.commun.Textes;
import fr.cellulepdp.model.commun.Versionne;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The cell's decision on one request. {@code seanceId} is null for an urgent decision taken between
 * meetings by the coordinatrice ({@code decideeParId}) and a medical référent ({@code referentMedicalUrgenceId}),
 * ratified at the next meeting. A decision of a closed meeting never changes: a correction is a
 * new decision whose {@code rectifieDecisionId} points to the corrected one.
 */
public record Decision(UUID id, long version, UUID demandeId, UUID seanceId, IssueDecision issue,
                       AvisMedical avisMedical, String motifs, String conditions, LocalDate dateDebutAccordee,
                       LocalDate dateFinAccordee, BigDecimal montantAccorde, String elementsManquants,
                       LocalDate dateLimiteElements, String derogation, UUID rectifieDecisionId,
                       Instant decideeLe, UUID decideeParId, UUID referentMedicalUrgenceId,
                       List<SuiviPrevu> suivisPrevus) implements Versionne {

    public Decision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(demandeId, "demandeId");
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(decideeLe, "decideeLe");
        avisMedical = avisMedical == null ? AvisMedical.NON_RENDU : avisMedical;
        decideeLe = Horodatages.stockable(decideeLe);
        montantAccorde = Montants.auCentime(montantAccorde);
        motifs = Textes.nonNul(motifs);
        conditions = Textes.nonNul(conditions);
        elementsManquants = Textes.nonNul(elementsManquants);
        derogation = Textes.nonNul(derogation);
        suivisPrevus = suivisPrevus == null ? List.of() : List.copyOf(suivisPrevus);
    }

    public boolean estHorsSeance() {
        return seanceId == null;
    }

    public boolean estRectificatif() {
        return rectifieDecisionId != null;
    }
}
