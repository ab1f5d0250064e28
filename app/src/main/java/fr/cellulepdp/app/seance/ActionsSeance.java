package fr.cellulepdp.app.seance;

import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.SaisieDecision;
import fr.cellulepdp.model.notification.SuivreCourriers;
import fr.cellulepdp.model.seance.DossierSeance;
import fr.cellulepdp.model.seance.Presence;
import fr.cellulepdp.model.seance.Seance;
import java.util.List;
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

    Seance ouvrir() {
        return services.tenirSeance().ouvrir(services.utilisateur(), seanceId);
    }

    Seance cloturer() {
        return services.tenirSeance().cloturer(services.utilisateur(), seanceId);
    }

    Seance enregistrerPresences(List<Presence> presences, List<String> invites) {
        return services.tenirSeance().enregistrerPresences(services.utilisateur(), seanceId, presences, invites);
    }

    Seance siegerSansQuorum(String motif) {
        return services.tenirSeance().siegerSansQuorum(services.utilisateur(), seanceId, motif);
    }

    List<SuivreCourriers.Ligne> courriers() {
        return services.suivreCourriers().deLaSeance(services.utilisateur(), seanceId);
    }

    int marquerPostes() {
        return services.suivreCourriers().marquerPostes(services.utilisateur(), seanceId,
                services.horloge().maintenant());
    }
}
