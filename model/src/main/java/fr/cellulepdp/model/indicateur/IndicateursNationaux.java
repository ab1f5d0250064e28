package fr.cellulepdp.model.indicateur;

import static fr.cellulepdp.model.indicateur.CalculerIndicateurs.chiffre;

import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.indicateur.Indicateurs.Chiffre;
import fr.cellulepdp.model.indicateur.Indicateurs.IndicateurNational;
import fr.cellulepdp.model.indicateur.SourceIndicateurs.FaitDecision;
import fr.cellulepdp.model.indicateur.SourceIndicateurs.FaitSituation;
import fr.cellulepdp.model.mesure.TypeMesure;
import fr.cellulepdp.model.situation.Origine;
import java.util.List;
import java.util.Set;

/**
 * The national PDP indicators of the "offre de services" (R1–R5, S1, P1, P2), as far as the cell's own records
 * give them. The cell records its decisions, not what was eventually carried out or paid: each definition says
 * what is actually counted, and an indicator the records cannot give says why instead of showing a guess.
 */
final class IndicateursNationaux {

    private static final Set<IssueDecision> ACCORDS = Set.of(IssueDecision.ACCORD, IssueDecision.ACCORD_SOUS_RESERVE);

    private IndicateursNationaux() {
    }

    static List<IndicateurNational> calculer(List<FaitSituation> actives, List<FaitSituation> signalees,
                                             List<FaitDecision> decisions) {
        return List.of(
                accords("R1", "Actions de formation professionnelle continue réalisées", decisions,
                        Set.of(TypeMesure.FORMATION, TypeMesure.VAE),
                        "formations pendant l'arrêt et VAE"),
                accords("R2", "Actions d'évaluation, d'accompagnement, d'information et de conseil réalisées",
                        decisions, Set.of(TypeMesure.ESSAI_ENCADRE, TypeMesure.PMSMP, TypeMesure.BILAN_COMPETENCES,
                                TypeMesure.CONSULTATION_MEDICO_PRO),
                        "essais encadrés, PMSMP, bilans de compétences et consultations médico-professionnelles"),
                accords("R3", "Contrats de rééducation professionnelle en entreprise réalisés", decisions,
                        Set.of(TypeMesure.CRPE), "conventions de rééducation professionnelle en entreprise (CRPE)"),
                accords("R4", "Formations professionnelles en centre de rééducation professionnelle (CRP) financées",
                        decisions, Set.of(TypeMesure.FORMATION_ESPR),
                        "formations en établissement de réadaptation professionnelle (ESPR, ex-CRP)"),
                accords("R5", "Orientations en PREO financées", decisions, Set.of(TypeMesure.PREORIENTATION_ESPO),
                        "orientations en établissement de préorientation (ESPO, ex-PREO)"),
                new IndicateurNational("S1", "Assurés accompagnés individuellement par le service social au titre "
                        + "de la PDP",
                        "Personnes distinctes dont un dossier PDP avec un référent social était ouvert à un moment "
                                + "de la période (signalé au plus tard à sa fin, non clôturé avant son début).",
                        personnesSuivies(actives), ""),
                new IndicateurNational("P1", "Signalements du service médical envoyés au service social",
                        "Situations signalées pendant la période avec l'origine « Service médical » (chaque dossier "
                                + "est confié à un référent du service social).",
                        chiffre("Signalements du service médical", signalees,
                                s -> s.origine() == Origine.SERVICE_MEDICAL, FaitSituation::id), ""),
                new IndicateurNational("P2", "Signalements du service médical envoyés aux médecins du travail", "",
                        null, "l'application enregistre les signalements reçus par la cellule, pas ceux que le "
                                + "service médical adresse directement aux médecins du travail."));
    }

    private static IndicateurNational accords(String code, String libelle, List<FaitDecision> decisions,
                                              Set<TypeMesure> mesures, String quoi) {
        return new IndicateurNational(code, libelle, "Accords (y compris sous réserve) rendus par la cellule pendant "
                + "la période pour des " + quoi + ". La cellule enregistre l'accord, pas la réalisation effective.",
                chiffre("Accords", decisions, d -> mesures.contains(d.mesure()) && ACCORDS.contains(d.issue()),
                        FaitDecision::situationId), "");
    }

    private static Chiffre personnesSuivies(List<FaitSituation> actives) {
        List<FaitSituation> suivies = actives.stream().filter(FaitSituation::avecReferentSocial).toList();
        return new Chiffre("Personnes accompagnées", suivies.stream().map(FaitSituation::assureId).distinct().count(),
                CalculerIndicateurs.ids(suivies, FaitSituation::id));
    }
}
