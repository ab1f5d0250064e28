package fr.cellulepdp.model.seance;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.RegleQuorum;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.ConflitDeModificationException;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.commun.Stockage;
import fr.cellulepdp.model.decision.ControleDecision;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.EffetsDecision;
import fr.cellulepdp.model.decision.SaisieDecision;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Use case: holds a meeting. Attendance and quorum; each decision is saved, in its own transaction, the moment it
 * is entered (a crash loses nothing entered); while the meeting is open a decision entered again replaces the
 * previous one, provided it is the one the client read: when another client entered or changed the decision on
 * that request in the meantime, the save is refused with a {@link ConflitDeModificationException} and nothing is
 * overwritten. Closing locks the decisions, moves the requests on (decided; adjourned or undecided ones back to
 * waiting) and creates the follow-ups. A decision of a closed meeting is corrected only by a rectificatif: a new
 * decision pointing to the one it corrects.
 */
public final class TenirSeance {

    private static final java.time.format.DateTimeFormatter JOUR = java.time.format.DateTimeFormatter
            .ofPattern("d MMMM uuuu", java.util.Locale.FRENCH);

    private final Stockage stockage;
    private final Horloge horloge;

    public TenirSeance(Stockage stockage, Horloge horloge) {
        this.stockage = stockage;
        this.horloge = horloge;
    }

    /**
     * Opens a planned meeting: decisions can then be entered. Opening an open meeting changes nothing. A meeting
     * opened more than a day before its date is most often the wrong one: that needs {@code avantSaDate}, given once
     * the user confirmed (the window asks, the command line wants its option).
     *
     * @throws SaisieInvalideException when the meeting is more than a day ahead and {@code avantSaDate} is false
     */
    public Seance ouvrir(Utilisateur acteur, UUID seanceId, boolean avantSaDate) {
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

    public Seance enregistrerPresences(Utilisateur acteur, UUID seanceId, List<Presence> presences,
                                       List<String> invites) {
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
    public Seance designerSecretaire(Utilisateur acteur, UUID seanceId, UUID membreId) {
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
    public ApprobationProcesVerbal approuverProcesVerbalPrecedent(Utilisateur acteur, UUID seanceId,
                                                                  Approbation approbation, String modifications) {
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
    public Seance siegerSansQuorum(Utilisateur acteur, UUID seanceId, String motif) {
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
        return Quorum.constat(regle(), seance, membres());
    }

    /** True when decisions can be entered now: the meeting is open, with quorum or a reasoned override. */
    public boolean peutDecider(Seance seance) {
        return seance.statut() == StatutSeance.OUVERTE && Quorum.permetDeDecider(regle(), seance, membres());
    }

    /** Every problem the decision panel has now, as the user types: the same checks as {@link #decider}. */
    public List<Probleme> verifier(Utilisateur acteur, SaisieDecision saisie) {
        return new ControleDecision(stockage, horloge).verifier(acteur, saisie);
    }

    /**
     * Records the decision on one request of the meeting's agenda, replacing the one stored now whoever entered it
     * (the command line and the tests; the window uses {@link #decider(Utilisateur, UUID, SaisieDecision, long)}).
     */
    public Decision decider(Utilisateur acteur, UUID seanceId, SaisieDecision saisie) {
        return stockage.transactions().inTransaction(() -> {
            stockage.transactions().verrouiller(verrouDecision(saisie.demandeId()));
            return decider(acteur, seanceId, saisie,
                    precedente(seanceId, saisie.demandeId()).map(Decision::version).orElse(0L));
        });
    }

    /**
     * Records the decision on one request of the meeting's agenda, committed at once.
     *
     * @param versionLue the version of the meeting's decision on this request as the client last read it, 0 when it
     *                   saw none
     * @throws SaisieInvalideException        when the meeting is not open, has no quorum, or the decision is
     *                                        incomplete
     * @throws ConflitDeModificationException when the decision stored now is not the one read (another client
     *                                        entered or changed it): nothing is written
     */
    public Decision decider(Utilisateur acteur, UUID seanceId, SaisieDecision saisie, long versionLue) {
        Droits.interne(acteur, "décision");
        return stockage.transactions().inTransaction(() -> {
            // two clients deciding on the same request take turns: the second sees the first one's decision
            stockage.transactions().verrouiller(verrouDecision(saisie.demandeId()));
            Seance seance = stockage.seances().get(seanceId);
            verrouillee(seance);
            List<Probleme> problemes = new ArrayList<>();
            if (seance.statut() != StatutSeance.OUVERTE) {
                problemes.add(new Probleme("séance", "ouvrez la séance avant d'enregistrer des décisions."));
            } else if (!Quorum.permetDeDecider(regle(), seance, membres())) {
                problemes.add(new Probleme("quorum", "le quorum n'est pas atteint (il manque "
                        + String.join(", ", Quorum.manquants(regle(), seance, membres()))
                        + ") : complétez les présences ou décidez de siéger sans quorum, avec un motif."));
            }
            Optional<PointOrdreDuJour> point = seance.pointDe(saisie.demandeId());
            if (point.isEmpty()) {
                problemes.add(new Probleme("demande", "cette demande n'est pas à l'ordre du jour de la séance."));
            } else if (point.get().categorie() == CategoriePoint.RATIFICATION) {
                problemes.add(new Probleme("demande", "cette demande a été décidée en urgence : la séance en prend "
                        + "acte ; pour changer la décision, faites un rectificatif."));
            }
            problemes.addAll(verifier(acteur, saisie));
            if (!problemes.isEmpty()) {
                throw new SaisieInvalideException(problemes);
            }
            Optional<Decision> precedente = precedente(seanceId, saisie.demandeId());
            if (precedente.map(Decision::version).orElse(0L) != versionLue) {
                throw new ConflitDeModificationException("Décision", precedente.map(Decision::id).orElse(null));
            }
            Decision enregistree = stockage.decisions().save(decision(acteur, saisie, precedente.map(Decision::id)
                    .orElseGet(UUID::randomUUID), precedente.map(Decision::version).orElse(0L), seanceId, null));
            audit().noter(acteur, precedente.isPresent() ? "DECISION_REMPLACEE" : "DECISION", "Decision",
                    enregistree.id(), "séance n° " + seance.numero() + " : " + enregistree.issue().libelle()
                            + (precedente.map(p -> " (remplace " + p.issue().libelle() + ")").orElse("")));
            return enregistree;
        });
    }

    private Optional<Decision> precedente(UUID seanceId, UUID demandeId) {
        return stockage.decisions().findBySeance(seanceId).stream()
                .filter(d -> d.demandeId().equals(demandeId) && !d.estRectificatif()).findFirst();
    }

    /** The lock taken while a decision on a request is entered or corrected. */
    private static String verrouDecision(UUID demandeId) {
        return "décision sur la demande " + demandeId;
    }

    /** The decisions of the meeting, by request; rectificatifs included. */
    public List<Decision> decisions(UUID seanceId) {
        return stockage.decisions().findBySeance(seanceId);
    }

    /**
     * Closes the meeting: its decisions are locked, requests decided (adjourned and undecided ones wait again), and
     * the follow-ups planned with the decisions are created.
     */
    public Seance cloturer(Utilisateur acteur, UUID seanceId) {
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

    /**
     * Corrects a decision of a closed meeting with a new one pointing to it; both stay. The request follows the
     * correction, and its follow-ups are created at once.
     */
    public Decision rectifier(Utilisateur acteur, UUID decisionId, SaisieDecision saisie) {
        Droits.coordinatrice(acteur, "rectificatif", "rectifie une décision");
        return stockage.transactions().inTransaction(() -> {
            stockage.transactions().verrouiller(verrouDecision(saisie.demandeId()));
            Decision corrigee = stockage.decisions().get(decisionId);
            if (stockage.decisions().findByDemande(corrigee.demandeId()).stream()
                    .anyMatch(d -> decisionId.equals(d.rectifieDecisionId()))) {
                // another client corrected it in the meantime: its rectificatif is the one to correct now
                throw new ConflitDeModificationException("Décision", decisionId);
            }
            if (corrigee.seanceId() != null && !stockage.seances().get(corrigee.seanceId()).estCloturee()) {
                throw new SaisieInvalideException("décision", "la séance est encore ouverte : modifiez la décision "
                        + "elle-même plutôt que d'en faire un rectificatif.");
            }
            List<Probleme> problemes = verifier(acteur, saisie);
            if (!saisie.demandeId().equals(corrigee.demandeId())) {
                problemes = new ArrayList<>(problemes);
                problemes.add(new Probleme("demande", "un rectificatif porte sur la même demande que la décision "
                        + "qu'il corrige."));
            }
            if (!problemes.isEmpty()) {
                throw new SaisieInvalideException(problemes);
            }
            Decision rectificatif = stockage.decisions().save(decision(acteur, saisie, UUID.randomUUID(), 0,
                    corrigee.seanceId(), corrigee.id()));
            new EffetsDecision(stockage).appliquer(rectificatif, stockage.demandes().get(saisie.demandeId()));
            audit().noter(acteur, "RECTIFICATIF", "Decision", rectificatif.id(), "corrige la décision "
                    + corrigee.id() + " : " + corrigee.issue().libelle() + " → " + rectificatif.issue().libelle());
            return rectificatif;
        });
    }

    private Decision decision(Utilisateur acteur, SaisieDecision s, UUID id, long version, UUID seanceId,
                              UUID rectifie) {
        return s.versDecision(id, version, seanceId, rectifie, horloge.maintenant(), acteur.membreId(), null);
    }

    private Seance modifiable(UUID seanceId) {
        Seance seance = stockage.seances().get(seanceId);
        verrouillee(seance);
        return seance;
    }

    private static void verrouillee(Seance seance) {
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
        return stockage.cellules().existante().map(Cellule::quorum).orElse(RegleQuorum.PAR_DEFAUT);
    }

    private Map<UUID, Membre> membres() {
        return stockage.membres().findAll().stream().collect(Collectors.toMap(Membre::id, Function.identity()));
    }
}
