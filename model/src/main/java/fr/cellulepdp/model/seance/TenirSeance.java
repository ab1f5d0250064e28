package fr.cellulepdp.model.seance;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.RegleQuorum;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.EffetsDecision;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Use case: holds a meeting. Opening, attendance, secretary, approval of the previous minutes, quorum (or sitting
 * without it) and closing. Closing locks the decisions, moves the requests on (decided; adjourned or undecided ones
 * back to waiting) and creates the follow-ups. Deciding and rectifying are in {@code model/decision}
 * ({@link fr.cellulepdp.model.decision.DeciderEnSeance}, {@link fr.cellulepdp.model.decision.RectifierDecision}).
 */
public final class TenirSeance {

    private static final java.time.format.DateTimeFormatter JOUR = java.time.format.DateTimeFormatter
            .ofPattern("d MMMM uuuu", java.util.Locale.FRENCH);

    private final StockageSeances stockage;
    private final Horloge horloge;
    private final UtilisateurCourant utilisateurCourant;

    public TenirSeance(StockageSeances stockage, Horloge horloge, UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.horloge = horloge;
        this.utilisateurCourant = utilisateurCourant;
    }

    /**
     * Opens a planned meeting: decisions can then be entered. Opening an open meeting changes nothing. A meeting
     * opened more than a day before its date is most often the wrong one: that needs {@code avantSaDate}, given once
     * the user confirmed (the window asks, the command line wants its option).
     *
     * @throws SaisieInvalideException when the meeting is more than a day ahead and {@code avantSaDate} is false
     */
    public Seance ouvrir(UUID seanceId, boolean avantSaDate) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "séance", "ouvre la séance");
        return stockage.transactions().inTransaction(() -> {
            Seance seance = modifiable(seanceId);
            if (seance.statut() == StatutSeance.OUVERTE) {
                return seance;
            }
            if (ouvertureAnticipee(seance) && !avantSaDate) {
                throw new SaisieInvalideException("date", "la séance n° " + seance.numero() + " est prévue le "
                        + seance.date().format(JOUR) + ", dans " + java.time.temporal.ChronoUnit.DAYS.between(
                        horloge.aujourdhui(), seance.date()) + " jours : confirmez que vous l'ouvrez dès aujourd'hui.");
            }
            audit().noter(acteur, "OUVERTURE", "Seance", seanceId, "séance n° " + seance.numero());
            return stockage.seances().save(seance.avecStatut(StatutSeance.OUVERTE));
        });
    }

    /** True when opening the meeting now would be more than a day before its date: the user must confirm it. */
    public boolean ouvertureAnticipee(Seance seance) {
        return seance.statut() == StatutSeance.PLANIFIEE && seance.date().isAfter(horloge.aujourdhui().plusDays(1));
    }

    public Seance enregistrerPresences(UUID seanceId, List<Presence> presences,
                                       List<String> invites) {

        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.interne(acteur, "présences");
        return stockage.transactions().inTransaction(() -> {
            Seance seance = stockage.seances().save(modifiable(seanceId).avecPresences(presences, invites));
            audit().noter(acteur, "PRESENCES", "Seance", seanceId, "séance n° " + seance.numero() + " : "
                    + presences.size() + " membre(s), " + invites.size() + " invité(s)");
            return seance;
        });
    }

    /**
     * Names the meeting's secretary: an internal member recorded present (the minutes carry their signature; an
     * excused or absent member cannot have kept them).
     */
    public Seance designerSecretaire(UUID seanceId, UUID membreId) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "séance", "désigne le secrétaire de séance");
        return stockage.transactions().inTransaction(() -> {
            Seance seance = modifiable(seanceId);
            Optional<Membre> membre = membreId == null ? Optional.empty() : stockage.membres().find(membreId);
            if (membre.isEmpty() || !membre.get().role().estInterne() || !seance.estPresent(membreId)) {
                throw new SaisieInvalideException("secrétaire", "le secrétaire de séance est un membre interne "
                        + "présent à la séance : enregistrez d'abord sa présence.");
            }
            audit().noter(acteur, "SECRETAIRE", "Seance", seanceId, "séance n° " + seance.numero());
            return stockage.seances().save(seance.avecSecretaire(membreId));
        });
    }

    /**
     * Records, at the open meeting, its approval of the previous meeting's minutes (the last one closed before it):
     * approved, or approved with the changes said. Recorded again, it replaces the entry.
     */
    public ApprobationProcesVerbal approuverProcesVerbalPrecedent(UUID seanceId,
                                                                  Approbation approbation, String modifications) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "procès-verbal", "fait approuver le procès-verbal précédent");
        return stockage.transactions().inTransaction(() -> {
            Seance seance = modifiable(seanceId);
            Optional<Seance> precedente = seance.precedenteParmi(stockage.seances().findAll());
            List<Probleme> problemes = new ArrayList<>();
            if (seance.statut() != StatutSeance.OUVERTE) {
                problemes.add(new Probleme("séance", "le procès-verbal précédent s'approuve en séance : ouvrez-la."));
            }
            if (precedente.isEmpty()) {
                problemes.add(new Probleme("procès-verbal", "aucune séance n'a été clôturée avant celle-ci."));
            }
            if (approbation == null) {
                problemes.add(new Probleme("approbation", "choisissez : approuvé, ou approuvé avec modifications."));
            } else if (approbation == Approbation.APPROUVE_AVEC_MODIFICATIONS
                    && (modifications == null || modifications.isBlank())) {
                problemes.add(new Probleme("modifications", "indiquez les modifications apportées au "
                        + "procès-verbal."));
            }
            if (!problemes.isEmpty()) {
                throw new SaisieInvalideException(problemes);
            }
            Optional<ApprobationProcesVerbal> avant = stockage.approbationsProcesVerbal().findBySeance(seanceId);
            ApprobationProcesVerbal enregistree = stockage.approbationsProcesVerbal().save(new ApprobationProcesVerbal(
                    avant.map(ApprobationProcesVerbal::id).orElseGet(UUID::randomUUID),
                    avant.map(ApprobationProcesVerbal::version).orElse(0L), seanceId, precedente.get().id(),
                    approbation, approbation == Approbation.APPROUVE ? "" : modifications.strip()));
            audit().noter(acteur, "APPROBATION_PV", "Seance", seanceId, "séance n° " + seance.numero()
                    + " : procès-verbal de la séance n° " + precedente.get().numero() + " " + approbation.libelle());
            return enregistree;
        });
    }

    /** The coordinatrice decides to sit without quorum; the reason is kept and appears in the minutes. */
    public Seance siegerSansQuorum(UUID seanceId, String motif) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "quorum", "peut décider de siéger sans quorum");
        if (motif == null || motif.isBlank()) {
            throw new SaisieInvalideException("quorum", "indiquez pourquoi la cellule siège sans quorum.");
        }
        return stockage.transactions().inTransaction(() -> {
            Seance seance = stockage.seances().save(modifiable(seanceId).avecDerogationQuorum(motif));
            audit().noter(acteur, "SANS_QUORUM", "Seance", seanceId, "séance n° " + seance.numero()
                    + " : la cellule siège sans quorum");
            return seance;
        });
    }

    private Audit audit() {
        return new Audit(stockage, horloge);
    }

    public String constatQuorum(Seance seance) {
        utilisateurCourant.exigerConnexion();
        return Quorum.constat(regle(), seance, membres());
    }

    /** True when decisions can be entered now: the meeting is open, with quorum or a reasoned override. */
    public boolean peutDecider(Seance seance) {
        utilisateurCourant.exigerConnexion();
        return seance.statut() == StatutSeance.OUVERTE && Quorum.permetDeDecider(regle(), seance, membres());
    }

    /**
     * Closes the meeting: its decisions are locked, requests decided (adjourned and undecided ones wait again), and
     * the follow-ups planned with the decisions are created.
     */
    public Seance cloturer(UUID seanceId) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "séance", "clôture la séance");
        return stockage.transactions().inTransaction(() -> {
            Seance seance = stockage.seances().get(seanceId);
            verrouillee(seance);
            if (seance.statut() != StatutSeance.OUVERTE) {
                throw new SaisieInvalideException("séance", "seule une séance ouverte peut être clôturée.");
            }
            if (seance.secretaireId() != null && !seance.estPresent(seance.secretaireId())) {
                throw new SaisieInvalideException("secrétaire", "le secrétaire de séance, "
                        + stockage.membres().find(seance.secretaireId()).map(Membre::nomComplet).orElse("")
                        + ", n'est pas noté présent : désignez un secrétaire présent avant de clôturer.");
            }
            Map<UUID, Decision> parDemande = stockage.decisions().findBySeance(seanceId).stream()
                    .collect(Collectors.toMap(Decision::demandeId, Function.identity(), (a, b) -> a));
            for (PointOrdreDuJour point : seance.ordreDuJour()) {
                if (point.categorie() == CategoriePoint.RATIFICATION) {
                    continue;
                }
                for (UUID demandeId : point.demandeIds()) {
                    Decision decision = parDemande.get(demandeId);
                    new EffetsDecision(stockage).appliquer(decision, stockage.demandes().get(demandeId));
                }
            }
            audit().noter(acteur, "CLOTURE", "Seance", seanceId, "séance n° " + seance.numero() + " : "
                    + parDemande.size() + " décision(s) verrouillée(s)");
            return stockage.seances().save(seance.avecStatut(StatutSeance.CLOTUREE));
        });
    }

    private Seance modifiable(UUID seanceId) {
        Seance seance = stockage.seances().get(seanceId);
        verrouillee(seance);
        return seance;
    }

    /** Refuses a closed or cancelled meeting: its decisions are locked (deciding checks it too). */
    static void verrouillee(Seance seance) {
        if (seance.estCloturee()) {
            throw new SaisieInvalideException("séance", "la séance n° " + seance.numero() + " est clôturée : ses "
                    + "décisions sont verrouillées. Pour corriger une décision, faites un rectificatif.");
        }
        if (seance.statut() == StatutSeance.ANNULEE) {
            throw new SaisieInvalideException("séance", "la séance n° " + seance.numero() + " est annulée : "
                    + "planifiez-en une autre.");
        }
    }

    private RegleQuorum regle() {
        return Quorum.regle(stockage);
    }

    private Map<UUID, Membre> membres() {
        return Quorum.membres(stockage);
    }
}
