package fr.cellulepdp.model.memoire;

import static fr.cellulepdp.model.memoire.TableEnMemoire.nullsDabord;
import static fr.cellulepdp.model.memoire.TableEnMemoire.parId;
import static fr.cellulepdp.model.memoire.TableEnMemoire.parNom;

import fr.cellulepdp.model.annuaire.Organisation;
import fr.cellulepdp.model.annuaire.OrganisationRepository;
import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.cellule.CelluleRepository;
import fr.cellulepdp.model.compte.Compte;
import fr.cellulepdp.model.compte.CompteRepository;
import fr.cellulepdp.model.convocation.CourrielMembre;
import fr.cellulepdp.model.convocation.CourrielMembreRepository;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.DecisionRepository;
import fr.cellulepdp.model.decision.MotifType;
import fr.cellulepdp.model.decision.MotifTypeRepository;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.demande.DemandeRepository;
import fr.cellulepdp.model.demande.StatutDemande;
import fr.cellulepdp.model.document.ModeleCourrier;
import fr.cellulepdp.model.document.ModeleCourrierRepository;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.importation.LigneMiseADisposition;
import fr.cellulepdp.model.importation.MiseADisposition;
import fr.cellulepdp.model.importation.MiseADispositionRepository;
import fr.cellulepdp.model.notification.CanalEnvoi;
import fr.cellulepdp.model.notification.CodeCourriel;
import fr.cellulepdp.model.notification.CodeCourrielRepository;
import fr.cellulepdp.model.notification.Notification;
import fr.cellulepdp.model.notification.NotificationRepository;
import fr.cellulepdp.model.notification.ServeurSmtp;
import fr.cellulepdp.model.notification.ServeurSmtpRepository;
import fr.cellulepdp.model.notification.StatutNotification;
import fr.cellulepdp.model.seance.ApprobationProcesVerbal;
import fr.cellulepdp.model.seance.ApprobationProcesVerbalRepository;
import fr.cellulepdp.model.suivi.RappelRepository;
import fr.cellulepdp.model.suivi.RappelSuivis;
import fr.cellulepdp.model.suivi.ReglageRappels;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import fr.cellulepdp.model.situation.Origine;
import fr.cellulepdp.model.situation.OrdreNumerosDossier;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.situation.SituationRepository;
import fr.cellulepdp.model.situation.StatutSituation;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The repositories of the in-memory store that are a table and a few conditions: each says its order (the store's
 * ORDER BY in persistence), its unique keys (the migrations' UNIQUE constraints) and its queries.
 */
final class DepotsEnMemoire {

    private DepotsEnMemoire() {
    }

    /** Sent letters, members' e-mails and reminders wait while EN_ATTENTE_ENVOI or ECHEC, until their next try. */
    static boolean aEnvoyer(StatutNotification statut, Instant prochainEssai, Instant maintenant) {
        return (statut == StatutNotification.EN_ATTENTE_ENVOI || statut == StatutNotification.ECHEC)
                && (prochainEssai == null || !prochainEssai.isAfter(maintenant));
    }

    static final class Cellules extends TableEnMemoire<Cellule> implements CelluleRepository {
        Cellules() {
            super("Cellule", Comparator.comparing(Cellule::nom).thenComparing(parId(Cellule::id)), List.of());
        }
    }

    static final class Organisations extends TableEnMemoire<Organisation> implements OrganisationRepository {
        Organisations() {
            super("Organisation", parNom(Organisation::type).thenComparing(Organisation::nom)
                    .thenComparing(parId(Organisation::id)), List.of());
        }
    }

    static final class Demandes extends TableEnMemoire<Demande> implements DemandeRepository {
        Demandes() {
            super("Demande", nullsDabord(Demande::dateDemande).thenComparing(parId(Demande::id)), List.of());
        }

        @Override
        public List<Demande> findBySituation(UUID situationId) {
            return ou(d -> d.situationId().equals(situationId));
        }

        @Override
        public List<Demande> findByStatut(StatutDemande statut) {
            return ou(d -> d.statut() == statut);
        }

        @Override
        public Map<UUID, Long> compterParSituation(Collection<UUID> situationIds, Set<StatutDemande> statuts) {
            return ou(d -> situationIds.contains(d.situationId()) && statuts.contains(d.statut())).stream()
                    .collect(Collectors.groupingBy(Demande::situationId, Collectors.counting()));
        }

        @Override
        public Demande changerStatut(Demande lue, StatutDemande statut) {
            return save(lue.avecStatut(statut));
        }
    }

    static final class Decisions extends TableEnMemoire<Decision> implements DecisionRepository {
        Decisions() {
            super("Décision", nullsDabord(Decision::decideeLe).thenComparing(parId(Decision::id)), List.of());
        }

        @Override
        public List<Decision> findByDemande(UUID demandeId) {
            return ou(d -> d.demandeId().equals(demandeId));
        }

        @Override
        public List<Decision> horsSeance() {
            return ou(Decision::estHorsSeance);
        }

        @Override
        public List<Decision> findBySeance(UUID seanceId) {
            return ou(d -> seanceId.equals(d.seanceId()));
        }
    }

    static final class MotifsTypes extends TableEnMemoire<MotifType> implements MotifTypeRepository {
        MotifsTypes() {
            super("Motif type", Comparator.comparingInt(MotifType::position).thenComparing(parId(MotifType::id)),
                    List.of());
        }

        @Override
        public void supprimer(UUID id) {
            supprimerOu(m -> m.id().equals(id));
        }
    }

    static final class ModelesCourrier extends TableEnMemoire<ModeleCourrier> implements ModeleCourrierRepository {
        ModelesCourrier() {
            super("Modèle de courrier", parNom(ModeleCourrier::issue),
                    List.of(new Unicite<>("uq_modele_courrier_issue", ModeleCourrier::issue)));
        }

        @Override
        public Optional<ModeleCourrier> findByIssue(IssueDecision issue) {
            return ou(m -> m.issue() == issue).stream().findFirst();
        }
    }

    static final class Approbations extends TableEnMemoire<ApprobationProcesVerbal>
            implements ApprobationProcesVerbalRepository {
        Approbations() {
            super("Approbation du procès-verbal", parId(ApprobationProcesVerbal::seanceId),
                    List.of(new Unicite<>("uq_approbation_pv_seance", ApprobationProcesVerbal::seanceId)));
        }

        @Override
        public Optional<ApprobationProcesVerbal> findBySeance(UUID seanceId) {
            return ou(a -> a.seanceId().equals(seanceId)).stream().findFirst();
        }
    }

    static final class ServeursSmtp extends TableEnMemoire<ServeurSmtp> implements ServeurSmtpRepository {
        ServeursSmtp() {
            super("Serveur SMTP", parId(ServeurSmtp::id), List.of());
        }
    }

    static final class Comptes extends TableEnMemoire<Compte> implements CompteRepository {
        Comptes() {
            super("Compte", Comparator.comparing(Compte::identifiant),
                    List.of(new Unicite<>("uq_compte_identifiant", Compte::identifiant)));
        }

        @Override
        public Optional<Compte> findByIdentifiant(String identifiant) {
            return ou(c -> c.identifiant().equals(identifiant)).stream().findFirst();
        }
    }

    static final class Notifications extends TableEnMemoire<Notification> implements NotificationRepository {
        private final CaseEnMemoire<UUID, byte[]> pdfs;

        Notifications(CaseEnMemoire<UUID, byte[]> pdfs) {
            super("Notification", parId(Notification::decisionId).thenComparing(parNom(Notification::destinataire))
                    .thenComparing(parId(Notification::id)), List.of());
            this.pdfs = pdfs;
        }

        @Override
        public List<Notification> findByDecision(UUID decisionId) {
            return ou(n -> n.decisionId().equals(decisionId));
        }

        @Override
        public long nombreParCourrielNonEnvoyees() {
            return ou(n -> n.canal() == CanalEnvoi.EMAIL && n.statut() != StatutNotification.ENVOYEE).size();
        }

        @Override
        public List<Notification> parEmpreinte(String sha256) {
            return ou(n -> n.sha256().equals(sha256));
        }

        @Override
        public List<Notification> aEnvoyer(Instant maintenant) {
            return ou(n -> n.canal() == CanalEnvoi.EMAIL && DepotsEnMemoire.aEnvoyer(n.statut(), n.prochainEssai(),
                    maintenant));
        }

        @Override
        public void attacherPdf(UUID notificationId, byte[] pdf) {
            pdfs.ecrire(notificationId, pdf.clone());
        }

        @Override
        public Optional<byte[]> pdf(UUID notificationId) {
            return pdfs.lire(notificationId).map(byte[]::clone);
        }

        @Override
        public void supprimerPdf(UUID notificationId) {
            pdfs.supprimer(notificationId);
        }
    }

    static final class CodesCourriel extends TableEnMemoire<CodeCourriel> implements CodeCourrielRepository {
        CodesCourriel() {
            super("Code personnel", parId(CodeCourriel::id),
                    List.of(new Unicite<>("code_courriel.assure_id", CodeCourriel::assureId)));
        }

        @Override
        public Optional<CodeCourriel> findByAssure(UUID assureId) {
            return ou(c -> c.assureId().equals(assureId)).stream().findFirst();
        }

        @Override
        public void supprimerPourAssure(UUID assureId) {
            supprimerOu(c -> c.assureId().equals(assureId));
        }
    }

    static final class CourrielsMembres extends TableEnMemoire<CourrielMembre> implements CourrielMembreRepository {
        private final CaseEnMemoire<String, Boolean> diffusion;

        CourrielsMembres(CaseEnMemoire<String, Boolean> diffusion) {
            super("Courriel à un membre", nullsDabord(CourrielMembre::creeLe).thenComparing(parId(CourrielMembre::id)),
                    List.of(new Unicite<>("courriel_membre.message_id", CourrielMembre::messageId),
                            new Unicite<>("courriel_membre (seance_id, membre_id, nature, sequence_ics)",
                                    c -> List.of(c.seanceId(), c.membreId(), c.nature(), c.sequence()))));
            this.diffusion = diffusion;
        }

        @Override
        public List<CourrielMembre> aEnvoyer(Instant maintenant) {
            return ou(c -> DepotsEnMemoire.aEnvoyer(c.statut(), c.prochainEssai(), maintenant));
        }

        @Override
        public long nombreEnAttente() {
            return ou(c -> DepotsEnMemoire.aEnvoyer(c.statut(), null, Instant.MAX)).size();
        }

        @Override
        public List<CourrielMembre> deLaSeance(UUID seanceId) {
            return ou(c -> c.seanceId().equals(seanceId));
        }

        @Override
        public boolean procesVerbalAuxInternes() {
            return diffusion.lire("aux_internes").orElse(false);
        }

        @Override
        public void choisirProcesVerbalAuxInternes(boolean oui) {
            diffusion.ecrire("aux_internes", oui);
        }
    }

    static final class Rappels extends TableEnMemoire<RappelSuivis> implements RappelRepository {
        private final TableEnMemoire<ReglageRappels> reglages;

        Rappels(TableEnMemoire<ReglageRappels> reglages) {
            super("RappelSuivis", nullsDabord(RappelSuivis::jour).thenComparing(parId(RappelSuivis::id)),
                    List.of(new Unicite<>("uq_rappel_membre_jour", r -> List.of(r.membreId(), r.jour()))));
            this.reglages = reglages;
        }

        @Override
        public Optional<RappelSuivis> findByMembreEtJour(UUID membreId, LocalDate jour) {
            return ou(r -> r.membreId().equals(membreId) && r.jour().equals(jour)).stream().findFirst();
        }

        @Override
        public List<RappelSuivis> aEnvoyer(Instant maintenant) {
            return ou(r -> DepotsEnMemoire.aEnvoyer(r.statut(), r.prochainEssai(), maintenant));
        }

        @Override
        public long nombreNonEnvoyes() {
            return ou(r -> r.statut() != StatutNotification.ENVOYEE).size();
        }

        @Override
        public Optional<ReglageRappels> reglage() {
            return reglages.findAll().stream().findFirst();
        }

        @Override
        public ReglageRappels enregistrerReglage(ReglageRappels reglage) {
            return reglages.save(reglage);
        }
    }

    static final class MisesADisposition extends TableEnMemoire<MiseADisposition>
            implements MiseADispositionRepository {
        private final CaseEnMemoire<String, String> modele;
        private final SituationRepository situations;

        MisesADisposition(CaseEnMemoire<String, String> modele, SituationRepository situations) {
            super("MiseADisposition", nullsDabord(MiseADisposition::fichier)
                            .thenComparing(parId(MiseADisposition::id)),
                    List.of(new Unicite<>("uq_mise_a_disposition_situation", MiseADisposition::situationId)));
            this.modele = modele;
            this.situations = situations;
        }

        @Override
        public List<MiseADisposition> nonPostees() {
            return ou(m -> m.posteLe() == null);
        }

        @Override
        public List<LigneMiseADisposition> dossiersOuvertsDeLaListe() {
            return situations.findAll().stream()
                    .filter(s -> s.origine() == Origine.REQUETE_IJ_60J && s.statut() != StatutSituation.CLOTUREE)
                    .sorted(Comparator.comparing(Situation::numeroDossier, OrdreNumerosDossier.CROISSANT))
                    .map(s -> new LigneMiseADisposition(s.id(), s.numeroDossier(), s.dateSignalement(),
                            findBySituation(s.id())))
                    .toList();
        }

        @Override
        public Optional<MiseADisposition> findBySituation(UUID situationId) {
            return ou(m -> m.situationId().equals(situationId)).stream().findFirst();
        }

        @Override
        public Optional<String> modele() {
            return modele.lire("texte");
        }

        @Override
        public void enregistrerModele(String texte) {
            modele.ecrire("texte", texte);
        }
    }
}
