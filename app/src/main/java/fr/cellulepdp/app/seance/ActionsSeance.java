package fr.cellulepdp.app.seance;

import fr.cellulepdp.app.document.ExportsCourriers;

import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.SaisieDecision;
import fr.cellulepdp.model.notification.SuivreCourriers;
import fr.cellulepdp.model.seance.DossierSeance;
import fr.cellulepdp.model.seance.Presence;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.app.courriel.EnvoiSmtp;
import fr.cellulepdp.app.document.DossierDocuments;
import fr.cellulepdp.app.document.GenerationDocuments;
import fr.cellulepdp.model.document.DocumentProduit;
import fr.cellulepdp.model.notification.EnvoiImpossibleException;
import fr.cellulepdp.model.seance.PointOrdreDuJour;
import fr.cellulepdp.reports.documents.FusionPdfBox;
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
final class ActionsSeance {

    private final Services services;
    private final UUID seanceId;

    ActionsSeance(Services services, UUID seanceId) {
        this.services = services;
        this.seanceId = seanceId;
    }

    /** The user logged in, whose rights decide which commands the window offers. */
    fr.cellulepdp.model.cellule.Utilisateur utilisateur() {
        return services.utilisateur();
    }

    String marqueur() {
        return services.consulterSeance().marqueur(seanceId);
    }

    DossierSeance consulter() {
        return services.consulterSeance().consulter(services.utilisateur(), seanceId);
    }

    List<Probleme> verifier(SaisieDecision saisie) {
        return services.tenirSeance().verifier(services.utilisateur(), saisie);
    }

    Decision decider(SaisieDecision saisie, long versionLue) {
        return services.tenirSeance().decider(services.utilisateur(), seanceId, saisie, versionLue);
    }

    Decision rectifier(UUID decisionId, SaisieDecision saisie) {
        return services.tenirSeance().rectifier(services.utilisateur(), decisionId, saisie);
    }

    /** True when the meeting is more than a day ahead: opening it asks for a confirmation first. */
    boolean ouvertureAnticipee(Seance seance) {
        return services.tenirSeance().ouvertureAnticipee(seance);
    }

    Seance ouvrir(boolean avantSaDate) {
        return services.tenirSeance().ouvrir(services.utilisateur(), seanceId, avantSaDate);
    }

    /** Invitations and agendas (or their update) queued for the convoked members. */
    fr.cellulepdp.model.convocation.ConvoquerSeance.Rapport convoquer() {
        return services.convoquerSeance().convoquer(services.utilisateur(), seanceId);
    }

    /** The meeting cancelled; returns the number of cancellations queued. */
    int annuler(String motif) {
        return services.convoquerSeance().annuler(services.utilisateur(), seanceId, motif);
    }

    Seance cloturer() {
        return services.tenirSeance().cloturer(services.utilisateur(), seanceId);
    }

    Seance enregistrerPresences(List<Presence> presences, List<String> invites) {
        return services.tenirSeance().enregistrerPresences(services.utilisateur(), seanceId, presences, invites);
    }

    Seance designerSecretaire(UUID membreId) {
        return services.tenirSeance().designerSecretaire(services.utilisateur(), seanceId, membreId);
    }

    fr.cellulepdp.model.seance.ApprobationProcesVerbal approuverProcesVerbal(
            fr.cellulepdp.model.seance.Approbation approbation, String modifications) {
        return services.tenirSeance().approuverProcesVerbalPrecedent(services.utilisateur(), seanceId, approbation,
                modifications);
    }

    Seance siegerSansQuorum(String motif) {
        return services.tenirSeance().siegerSansQuorum(services.utilisateur(), seanceId, motif);
    }

    List<SuivreCourriers.Ligne> courriers() {
        return services.suivreCourriers().deLaSeance(services.utilisateur(), seanceId);
    }

    int marquerPostes() {
        return services.suivreCourriers().marquerPostes(services.utilisateur(), seanceId);
    }

    /** The items that could be added to the agenda, detailed. */
    List<DossierSeance.Point> proposer() {
        return services.consulterSeance().detailler(services.utilisateur(),
                services.preparerSeance().proposer(services.utilisateur(), seanceId));
    }

    Seance enregistrerOrdreDuJour(Seance seance, List<PointOrdreDuJour> points) {
        return services.preparerSeance().enregistrerOrdreDuJour(services.utilisateur(), seance, points);
    }

    /** The meeting's documents as they would be made now, nothing written. */
    List<DocumentProduit> apercu() {
        return services.genererDocuments().apercu(services.utilisateur(), seanceId);
    }

    /** Every letter to post of the meeting in one PDF in its folder, written before it is recorded. */
    Optional<DocumentProduit> courriersAPoster(int numero) {
        return ExportsCourriers.courriersAPoster(services, services.stockage().seances().get(seanceId));
    }

    /** The e-mailed letter as an .eml file in the meeting's folder, for a desktop mail client. */
    Path exporterEml(int numero, SuivreCourriers.Ligne ligne) throws EnvoiImpossibleException {
        return ExportsCourriers.eml(services, services.stockage().seances().get(seanceId), ligne);
    }
}
