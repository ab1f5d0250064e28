package fr.cellulepdp.model.decision;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.demande.VerificationMesure;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Decision 0030: a derogation lifts a limit of the catalogue, never a condition the law puts on the person. */
class AccordHorsConditionsTest {

    private static final LocalDate AUJOURDHUI = LocalDate.of(2026, 11, 23);
    private static final Probleme STATUT = new Probleme(VerificationMesure.ELIGIBILITE,
            "essai encadré : mesure réservée aux personnes au statut « salarié(e) » ; la personne est « demandeur "
                    + "d'emploi »");
    private static final Probleme DUREE = new Probleme("durée", "essai encadré : 16 jours ouvrables demandés, 14 au plus");

    private static SaisieDecision saisie(IssueDecision issue, String derogation) {
        return new SaisieDecision(UUID.randomUUID(), issue, AvisMedical.FAVORABLE, issue == IssueDecision.REFUS
                ? "Mesure réservée aux salariés." : "", issue == IssueDecision.ACCORD_SOUS_RESERVE ? "Convention" : "",
                null, null, null, "", null, derogation, List.of());
    }

    @Test
    void un_accord_a_une_personne_hors_des_conditions_est_refuse_meme_avec_une_derogation() {
        for (IssueDecision accord : List.of(IssueDecision.ACCORD, IssueDecision.ACCORD_SOUS_RESERVE)) {
            assertThat(ValidationDecision.verifier(saisie(accord, "La cellule le souhaite."), List.of(STATUT, DUREE),
                    AUJOURDHUI)).as(accord.name()).singleElement().satisfies(p -> {
                        assertThat(p.champ()).isEqualTo(VerificationMesure.ELIGIBILITE);
                        assertThat(p.message()).startsWith("la personne ne remplit pas les conditions de la mesure "
                                + "(essai encadré : mesure réservée aux personnes au statut « salarié(e) »")
                                .endsWith("aucune dérogation ne permet de l'accorder ; complétez la fiche de la personne "
                                        + "si elle remplit ces conditions, sinon refusez la demande.");
                    });
        }
    }

    @Test
    void un_refus_reste_possible_et_une_limite_se_leve_toujours_par_derogation() {
        assertThat(ValidationDecision.verifier(saisie(IssueDecision.REFUS, ""), List.of(STATUT), AUJOURDHUI)).isEmpty();
        assertThat(ValidationDecision.verifier(saisie(IssueDecision.ACCORD, "Reprise progressive"), List.of(DUREE),
                AUJOURDHUI)).isEmpty();
        assertThat(ValidationDecision.verifier(saisie(IssueDecision.ACCORD, ""), List.of(DUREE), AUJOURDHUI))
                .extracting(Probleme::champ).containsExactly(ValidationDecision.DEROGATION);
    }
}
