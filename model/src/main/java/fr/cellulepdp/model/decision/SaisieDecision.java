package fr.cellulepdp.model.decision;

import fr.cellulepdp.model.commun.Montants;
import fr.cellulepdp.model.commun.Textes;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the decision panel holds for one request, as entered; checked by {@link ValidationDecision}. */
public record SaisieDecision(UUID demandeId, IssueDecision issue, AvisMedical avisMedical, String motifs,
                             String conditions, LocalDate dateDebutAccordee, LocalDate dateFinAccordee,
                             BigDecimal montantAccorde, String elementsManquants, LocalDate dateLimiteElements,
                             String derogation, List<SuiviPrevu> suivisPrevus) {

    public SaisieDecision {
        motifs = Textes.nonNul(motifs);
        conditions = Textes.nonNul(conditions);
        montantAccorde = Montants.auCentime(montantAccorde);
        elementsManquants = Textes.nonNul(elementsManquants);
        derogation = Textes.nonNul(derogation);
        suivisPrevus = suivisPrevus == null ? List.of() : List.copyOf(suivisPrevus);
    }

    /**
     * The decision as recorded: fields that do not belong to the outcome are dropped (no granted dates on a refusal,
     * no missing elements on an accord).
     */
    public Decision versDecision(UUID id, long version, UUID seanceId, UUID rectifie, Instant le, UUID decideur,
                                 UUID referentMedical) {
        // a followed measure keeps its dates (when it took place) like an accord
        boolean accord = estAccord() || issue == IssueDecision.SUIVIE;
        boolean ajournement = issue == IssueDecision.AJOURNEMENT;
        return new Decision(id, version, demandeId, seanceId, issue, avisMedical, motifs, conditions,
                accord ? dateDebutAccordee : null, accord ? dateFinAccordee : null, estAccord() ? montantAccorde : null,
                ajournement ? elementsManquants : "", ajournement ? dateLimiteElements : null,
                estAccord() ? derogation : "", rectifie, le, decideur, referentMedical, suivisPrevus);
    }

    public boolean estAccord() {
        return issue != null && issue.estAccord();
    }
}
