package fr.cellulepdp.model.indicateur;

import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.Libelle;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.indicateur.Indicateurs.ActiviteSeances;
import fr.cellulepdp.model.indicateur.Indicateurs.Chiffre;
import fr.cellulepdp.model.indicateur.Indicateurs.Delai;
import fr.cellulepdp.model.indicateur.Indicateurs.Repartition;
import fr.cellulepdp.model.indicateur.Indicateurs.TableauCroise;
import fr.cellulepdp.model.indicateur.SourceIndicateurs.FaitDecision;
import fr.cellulepdp.model.indicateur.SourceIndicateurs.FaitDevenir;
import fr.cellulepdp.model.indicateur.SourceIndicateurs.FaitSeance;
import fr.cellulepdp.model.indicateur.SourceIndicateurs.FaitSituation;
import fr.cellulepdp.model.mesure.TypeMesure;
import fr.cellulepdp.model.situation.IssueSituation;
import fr.cellulepdp.model.situation.Origine;
import fr.cellulepdp.model.situation.Risque;
import fr.cellulepdp.model.situation.Sexe;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Use case: the cell's indicators for a period (DESIGN.md §5, yearly review). Counts only: no name, NIR or medical
 * detail leaves this use case, so any member may see the figures; listing the situations behind a figure goes
 * through {@link fr.cellulepdp.model.situation.ListerSituations}, which applies the user's rights.
 */
public final class CalculerIndicateurs {

    static final String NON_RENSEIGNE = "Non renseigné";

    private final StockageIndicateurs stockage;
    private final UtilisateurCourant utilisateurCourant;

    public CalculerIndicateurs(StockageIndicateurs stockage, UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.utilisateurCourant = utilisateurCourant;
    }

    public Indicateurs calculer(Periode periode) {

        Utilisateur acteur = utilisateurCourant.utilisateur();
        java.util.Objects.requireNonNull(acteur, "acteur");
        SourceIndicateurs source = stockage.indicateurs();
        List<FaitSituation> actives = source.situationsActives(periode);
        List<FaitDecision> decisions = source.decisions(periode);
        List<FaitSeance> seances = source.seances(periode);
        List<FaitDevenir> devenirs = source.devenirs(periode);
        List<FaitSituation> signalees = actives.stream().filter(s -> periode.contient(s.signalement())).toList();
        List<FaitSituation> cloturees = actives.stream().filter(s -> periode.contient(s.cloture())).toList();
        return new Indicateurs(periode,
                new Chiffre("Situations étudiées en séance ou en urgence",
                        decisions.stream().map(FaitDecision::situationId).distinct().count(),
                        ids(decisions, FaitDecision::situationId)),
                decisionsParMesure(decisions),
                repartition("Signalements par origine", signalees, Origine.values(), FaitSituation::origine),
                repartition("Signalements par risque", signalees, Risque.values(), FaitSituation::risque),
                parAge(signalees),
                parSexe(signalees),
                delai(decisions),
                activite(seances),
                repartition("Issue des situations clôturées", cloturees, IssueSituation.values(), FaitSituation::issue),
                devenirParMesure(devenirs),
                IndicateursNationaux.calculer(actives, signalees, decisions),
                new RevueBilan(periode, RevueBilan.precedente(periode),
                        CompterBilan.compter(periode, actives, decisions, source.pointsExamines(periode)),
                        CompterBilan.lire(source, RevueBilan.precedente(periode))));
    }

    /** The cell's decisions only: a measure it follows is not decided, and has no row. */
    private static TableauCroise decisionsParMesure(List<FaitDecision> decisions) {
        List<TableauCroise.Ligne> lignes = new ArrayList<>();
        for (TypeMesure mesure : TypeMesure.values()) {
            List<FaitDecision> deLaMesure = decisions.stream()
                    .filter(d -> d.mesure() == mesure && d.issue().estUneDecision()).toList();
            if (!deLaMesure.isEmpty()) {
                lignes.add(new TableauCroise.Ligne(mesure.libelle(), IssueDecision.decisions().stream()
                        .map(issue -> chiffre(issue.libelle(), deLaMesure, d -> d.issue() == issue,
                                FaitDecision::situationId))
                        .toList()));
            }
        }
        return new TableauCroise("Décisions par mesure et par issue",
                libelles(IssueDecision.decisions().toArray(IssueDecision[]::new)), lignes);
    }

    private static TableauCroise devenirParMesure(List<FaitDevenir> devenirs) {
        List<TableauCroise.Ligne> lignes = new ArrayList<>();
        for (TypeMesure mesure : TypeMesure.values()) {
            List<FaitDevenir> deLaMesure = devenirs.stream().filter(d -> d.mesure() == mesure).toList();
            if (!deLaMesure.isEmpty()) {
                lignes.add(new TableauCroise.Ligne(mesure.libelle(), Arrays.stream(IssueSituation.values())
                        .map(issue -> chiffre(issue.libelle(), deLaMesure, d -> d.issue() == issue,
                                FaitDevenir::situationId))
                        .toList()));
            }
        }
        return new TableauCroise("Devenir des personnes après chaque mesure accordée (situations clôturées)",
                libelles(IssueSituation.values()), lignes);
    }

    /** One line per value of {@code valeurs} (zero included, so periods compare), then "Non renseigné" if any. */
    private static <E extends Libelle> Repartition repartition(String titre, List<FaitSituation> situations,
                                                                E[] valeurs, Function<FaitSituation, E> critere) {
        List<Chiffre> chiffres = new ArrayList<>();
        for (E valeur : valeurs) {
            chiffres.add(chiffre(valeur.libelle(), situations, s -> critere.apply(s) == valeur, FaitSituation::id));
        }
        Chiffre inconnu = chiffre(NON_RENSEIGNE, situations, s -> critere.apply(s) == null, FaitSituation::id);
        if (inconnu.valeur() > 0) {
            chiffres.add(inconnu);
        }
        return new Repartition(titre, chiffres);
    }

    private static Repartition parSexe(List<FaitSituation> signalees) {
        return repartition("Signalements par sexe", signalees, Sexe.values(), FaitSituation::sexe);
    }

    private static Repartition parAge(List<FaitSituation> signalees) {
        return repartition("Signalements par tranche d'âge", signalees, TrancheAge.values(),
                s -> TrancheAge.de(s.naissance(), s.signalement()));
    }

    private static Delai delai(List<FaitDecision> decisions) {
        List<FaitDecision> datees = decisions.stream()
                .filter(d -> d.dateDemande() != null && d.date() != null).toList();
        long[] jours = datees.stream()
                .mapToLong(d -> Math.max(0, ChronoUnit.DAYS.between(d.dateDemande(), d.date())))
                .sorted().toArray();
        return new Delai(jours.length, Statistiques.mediane(jours), Statistiques.centile(jours, 90),
                ids(datees, FaitDecision::situationId));
    }

    private static ActiviteSeances activite(List<FaitSeance> seances) {
        return new ActiviteSeances(seances.size(), seances.stream().mapToInt(FaitSeance::convoques).sum(),
                seances.stream().mapToInt(FaitSeance::presents).sum());
    }

    static <T> Chiffre chiffre(String libelle, List<T> faits, Predicate<T> filtre, Function<T, UUID> situation) {
        List<T> retenus = faits.stream().filter(filtre).toList();
        return new Chiffre(libelle, retenus.size(), ids(retenus, situation));
    }

    static <T> Set<UUID> ids(List<T> faits, Function<T, UUID> situation) {
        return faits.stream().map(situation).collect(Collectors.toCollection(HashSet::new));
    }

    private static List<String> libelles(Libelle[] valeurs) {
        return Arrays.stream(valeurs).map(Libelle::libelle).toList();
    }

    /** Age bands at the date of referral. */
    enum TrancheAge implements Libelle {
        MOINS_DE_30("Moins de 30 ans"), DE_30_A_39("30 à 39 ans"), DE_40_A_49("40 à 49 ans"),
        DE_50_A_59("50 à 59 ans"), PLUS_DE_60("60 ans et plus");

        private final String libelle;

        TrancheAge(String libelle) {
            this.libelle = libelle;
        }

        @Override
        public String libelle() {
            return libelle;
        }

        static TrancheAge de(LocalDate naissance, LocalDate le) {
            if (naissance == null || le == null || le.isBefore(naissance)) {
                return null;
            }
            int age = Period.between(naissance, le).getYears();
            return age < 30 ? MOINS_DE_30 : age < 40 ? DE_30_A_39 : age < 50 ? DE_40_A_49 : age < 60 ? DE_50_A_59
                    : PLUS_DE_60;
        }
    }
}
