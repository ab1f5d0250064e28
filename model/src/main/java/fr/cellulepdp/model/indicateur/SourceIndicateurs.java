package fr.cellulepdp.model.indicateur;

import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.mesure.TypeMesure;
import fr.cellulepdp.model.situation.IssueSituation;
import fr.cellulepdp.model.situation.Origine;
import fr.cellulepdp.model.situation.Risque;
import fr.cellulepdp.model.situation.Sexe;
import fr.cellulepdp.model.situation.StatutAssure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Port: the facts the indicators are counted from, read in bulk for one period (the persistence module answers
 * with a few set queries, so that ten years of national volume stays fast).
 */
public interface SourceIndicateurs {

    /** The situations open at some point of the period: referred by its end and not closed before its start. */
    List<FaitSituation> situationsActives(Periode periode);

    /**
     * The decisions in force dated in the period (a corrected decision gives way to its rectificatif): those of
     * closed meetings held in the period, and urgent decisions taken in it.
     */
    List<FaitDecision> decisions(Periode periode);

    /** The meetings held in the period (opened or closed), with their attendance. */
    List<FaitSeance> seances(Periode periode);

    /** For the situations closed in the period: each measure granted to them (at any date) and their outcome. */
    List<FaitDevenir> devenirs(Periode periode);

    /** The items of the meetings held in the period (opened or closed): the files reviewed. */
    List<FaitPoint> pointsExamines(Periode periode);

    /**
     * {@code statut}: the person's recorded occupational status; {@code coSuivie}: a consent covering at least one
     * partner, not withdrawn.
     */
    record FaitSituation(UUID id, UUID assureId, boolean avecReferentSocial, Origine origine, Risque risque, Sexe sexe,
                         LocalDate naissance, LocalDate signalement, IssueSituation issue, LocalDate cloture,
                         StatutAssure statut, boolean coSuivie) {
    }

    /**
     * {@code montantAccorde} from the decision and {@code cout} from the request (either null when not given);
     * {@code memeEntreprise}: the host company has the employer's SIRET (null when either is not recorded).
     */
    record FaitDecision(UUID id, UUID situationId, TypeMesure mesure, IssueDecision issue, LocalDate date,
                        LocalDate dateDemande, BigDecimal montantAccorde, BigDecimal cout, Boolean memeEntreprise) {
    }

    record FaitPoint(UUID seanceId, UUID situationId) {
    }

    record FaitSeance(UUID id, int numero, LocalDate date, int convoques, int presents) {
    }

    record FaitDevenir(UUID situationId, TypeMesure mesure, IssueSituation issue) {
    }
}
