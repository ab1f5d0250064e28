package fr.cellulepdp.app.seance;

import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.convocation.ConvoquerSeance;
import fr.cellulepdp.model.decision.DeciderEnSeance;
import fr.cellulepdp.model.decision.RectifierDecision;
import fr.cellulepdp.model.document.GenererDocumentsSeance;
import fr.cellulepdp.model.seance.ConsulterSeance;
import fr.cellulepdp.model.seance.PreparerSeance;
import fr.cellulepdp.model.seance.TenirSeance;
import java.util.function.Supplier;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.SaisieDecision;
import fr.cellulepdp.model.notification.SuivreCourriers;
import fr.cellulepdp.model.seance.DossierSeance;
import fr.cellulepdp.model.seance.Presence;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.app.notification.EnvoiSmtp;
import fr.cellulepdp.app.document.DossierDocuments;
import fr.cellulepdp.app.document.GenerationDocuments;
import fr.cellulepdp.model.document.DocumentProduit;
import fr.cellulepdp.model.notification.EnvoiImpossibleException;
import fr.cellulepdp.model.seance.PointOrdreDuJour;
import fr.cellulepdp.reports.document.FusionPdfBox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The use cases of one meeting's window, always in the name of the user logged in: the view models call these and
 * never pass the acting user themselves. Runs on the background executor's thread.
 */
public final class ActionsSeance {

    /**
     * What a meeting's window uses, built by the wiring (decision record 0044): the use cases, the exports of letters
     * and who acts now. The documents' use cases are made when asked, since they read this computer's time-stamp
     * settings when made.
     */
    public record CasDUsage(ConsulterSeance consulterSeance, DeciderEnSeance deciderEnSeance,
                            RectifierDecision rectifierDecision, TenirSeance tenirSeance,
                            Supplier<ConvoquerSeance> convoquerSeance, SuivreCourriers suivreCourriers,
                            PreparerSeance preparerSeance, Supplier<GenererDocumentsSeance> genererDocuments,
                            Exports exports, UtilisateurCourant utilisateurCourant) {
    }

    /** The letters' exports of a meeting, in the user's name ({@code ExportsCourriers}). */
    public interface Exports {
        Optional<DocumentProduit> courriersAPoster(UUID seanceId, int numero);

        Path eml(int numero, SuivreCourriers.Ligne ligne) throws EnvoiImpossibleException;
    }

    private final CasDUsage cas;
    private final UUID seanceId;

    ActionsSeance(CasDUsage cas, UUID seanceId) {
        this.cas = cas;
        this.seanceId = seanceId;
    }

    /** The user logged in, whose rights decide which commands the window offers. */
    fr.cellulepdp.model.cellule.Utilisateur utilisateur() {
        return cas.utilisateurCourant().utilisateur();
    }

    String marqueur() {
        return cas.consulterSeance().marqueur(seanceId);
    }

    DossierSeance consulter() {
        return cas.consulterSeance().consulter(seanceId);
    }

    List<Probleme> verifier(SaisieDecision saisie) {
        return cas.deciderEnSeance().verifier(saisie);
    }

    Decision decider(SaisieDecision saisie, long versionLue) {
        return cas.deciderEnSeance().decider(seanceId, saisie, versionLue);
    }

    Decision rectifier(UUID decisionId, SaisieDecision saisie) {
        return cas.rectifierDecision().rectifier(decisionId, saisie);
    }

    /** True when the meeting is more than a day ahead: opening it asks for a confirmation first. */
    boolean ouvertureAnticipee(Seance seance) {
        return cas.tenirSeance().ouvertureAnticipee(seance);
    }

    Seance ouvrir(boolean avantSaDate) {
        return cas.tenirSeance().ouvrir(seanceId, avantSaDate);
    }

    /** Invitations and agendas (or their update) queued for the convoked members. */
    fr.cellulepdp.model.convocation.ConvoquerSeance.Rapport convoquer() {
        return cas.convoquerSeance().get().convoquer(seanceId);
    }

    /** The meeting cancelled; returns the number of cancellations queued. */
    int annuler(String motif) {
        return cas.convoquerSeance().get().annuler(seanceId, motif);
    }

    Seance cloturer() {
        return cas.tenirSeance().cloturer(seanceId);
    }

    Seance enregistrerPresences(List<Presence> presences, List<String> invites) {
        return cas.tenirSeance().enregistrerPresences(seanceId, presences,
                invites);
    }

    Seance designerSecretaire(UUID membreId) {
        return cas.tenirSeance().designerSecretaire(seanceId, membreId);
    }

    fr.cellulepdp.model.seance.ApprobationProcesVerbal approuverProcesVerbal(
            fr.cellulepdp.model.seance.Approbation approbation, String modifications) {
        return cas.tenirSeance().approuverProcesVerbalPrecedent(seanceId,
                approbation,
                modifications);
    }

    Seance siegerSansQuorum(String motif) {
        return cas.tenirSeance().siegerSansQuorum(seanceId, motif);
    }

    List<SuivreCourriers.Ligne> courriers() {
        return cas.suivreCourriers().deLaSeance(seanceId);
    }

    int marquerPostes() {
        return cas.suivreCourriers().marquerPostes(seanceId);
    }

    /** The items that could be added to the agenda, detailed. */
    List<DossierSeance.Point> proposer() {
        return cas.consulterSeance().detailler(cas.preparerSeance().proposer(seanceId));
    }

    Seance enregistrerOrdreDuJour(Seance seance, List<PointOrdreDuJour> points) {
        return cas.preparerSeance().enregistrerOrdreDuJour(seance, points);
    }

    /** The meeting's documents as they would be made now, nothing written. */
    List<DocumentProduit> apercu() {
        return cas.genererDocuments().get().apercu(seanceId);
    }

    /** Every letter to post of the meeting in one PDF in its folder, written before it is recorded. */
    Optional<DocumentProduit> courriersAPoster(int numero) {
        return cas.exports().courriersAPoster(seanceId, numero);
    }

    /** The approval of the previous minutes recorded at this meeting, if any. */
    Optional<fr.cellulepdp.model.seance.ApprobationProcesVerbal> approbation() {
        return cas.consulterSeance().approbation(seanceId);
    }

    /** The meeting whose minutes this one approves: the last one closed before it, if any. */
    Optional<Seance> precedente(Seance seance) {
        return cas.consulterSeance().precedente(seance);
    }

    /** The e-mailed letter as an .eml file in the meeting's folder, for a desktop mail client. */
    Path exporterEml(int numero, SuivreCourriers.Ligne ligne) throws EnvoiImpossibleException {
        return cas.exports().eml(numero, ligne);
    }
}
