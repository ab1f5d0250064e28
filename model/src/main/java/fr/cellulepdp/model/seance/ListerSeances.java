package fr.cellulepdp.model.seance;

import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.Nombres;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Use case: the meetings, the most recent first, with their agenda size, decisions taken and where their letters
 * stand.
 */
public final class ListerSeances {

    private final StockageSeances stockage;
    private final UtilisateurCourant utilisateurCourant;

    public ListerSeances(StockageSeances stockage, UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.utilisateurCourant = utilisateurCourant;
    }

    /** Where the meeting's letters stand: "entièrement notifiée" once each is sent or posted. */
    static String courriers(ComptesSeance comptes) {
        if (!comptes.courriers()) {
            return "";
        }
        return comptes.courriersRestants() == 0 ? "entièrement notifiée"
                : Nombres.entier(comptes.courriersRestants()) + " à envoyer ou poster";
    }

    /** How many meetings the cell has held or planned: every account sees the meetings' list. */
    public long nombre() {
        utilisateurCourant.exigerConnexion();
        return stockage.seances().count();
    }

    /** Every meeting, newest first: its decisions and letters counted in a few queries, not read one by one. */
    public List<ResumeSeance> lister() {
        utilisateurCourant.exigerConnexion();
        Map<UUID, ComptesSeance> comptes = stockage.seances().comptes();
        return stockage.seances().findAll().stream()
                .sorted(Comparator.comparing(Seance::date).reversed())
                .map(s -> resume(s, comptes.getOrDefault(s.id(), ComptesSeance.AUCUN)))
                .toList();
    }

    private static ResumeSeance resume(Seance s, ComptesSeance comptes) {
        return new ResumeSeance(s.id(), s.numero(), s.date(), s.heure(),
                s.lienVisio().isEmpty() ? s.lieu() : s.lieu().isEmpty() ? "Visioconférence"
                        : s.lieu() + " et visioconférence",
                s.statut(), s.ordreDuJour().size(), s.dureePrevueMinutes(), comptes.decisions(), courriers(comptes));
    }
}
