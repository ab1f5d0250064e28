package fr.cellulepdp.model.seance;

import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.notification.StatutNotification;
import fr.cellulepdp.model.notification.SuivreCourriers;
import java.util.Comparator;
import java.util.List;

/**
 * Use case: the meetings, the most recent first, with their agenda size, decisions taken and where their letters
 * stand.
 */
public final class ListerSeances {

    private final StockageSeances stockage;
    private final Horloge horloge;
    private final UtilisateurCourant utilisateurCourant;

    public ListerSeances(StockageSeances stockage, Horloge horloge, UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.horloge = horloge;
        this.utilisateurCourant = utilisateurCourant;
    }

    /** Where the meeting's letters stand: "entièrement notifiée" once each is sent or posted. */
    private String courriers(Utilisateur acteur, Seance seance) {
        var suivi = new SuivreCourriers(stockage, horloge, () -> acteur);
        var lignes = suivi.deLaSeance(seance.id());
        if (lignes.isEmpty()) {
            return "";
        }
        long restants = lignes.stream().filter(l -> l.statut() != StatutNotification.ENVOYEE).count();
        return restants == 0 ? "entièrement notifiée" : restants + " à envoyer ou poster";
    }

    /** How many meetings the cell has held or planned: every account sees the meetings' list. */
    public long nombre() {
        utilisateurCourant.exigerConnexion();
        return stockage.seances().count();
    }

    public List<ResumeSeance> lister() {

        Utilisateur acteur = utilisateurCourant.utilisateur();
        return stockage.seances().findAll().stream()
                .sorted(Comparator.comparing(Seance::date).reversed())
                .map(s -> new ResumeSeance(s.id(), s.numero(), s.date(), s.heure(),
                        s.lienVisio().isEmpty() ? s.lieu() : s.lieu().isEmpty() ? "Visioconférence"
                                : s.lieu() + " et visioconférence",
                        s.statut(), s.ordreDuJour().size(), s.dureePrevueMinutes(),
                        stockage.decisions().findBySeance(s.id()).size(), courriers(acteur, s)))
                .toList();
    }
}
