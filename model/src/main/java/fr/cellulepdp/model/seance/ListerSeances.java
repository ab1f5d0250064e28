package fr.cellulepdp.model.seance;

import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Stockage;
import java.util.Comparator;
import java.util.List;

/** Use case: the meetings, the most recent first, with their agenda size and decisions taken. */
public final class ListerSeances {

    private final Stockage stockage;

    public ListerSeances(Stockage stockage) {
        this.stockage = stockage;
    }

    public List<ResumeSeance> lister(Utilisateur acteur) {
        return stockage.seances().findAll().stream()
                .sorted(Comparator.comparing(Seance::date).reversed())
                .map(s -> new ResumeSeance(s.id(), s.numero(), s.date(), s.heure(),
                        s.lienVisio().isEmpty() ? s.lieu() : s.lieu().isEmpty() ? "Visioconférence"
                                : s.lieu() + " et visioconférence",
                        s.statut(), s.ordreDuJour().size(), s.dureePrevueMinutes(),
                        stockage.decisions().findBySeance(s.id()).size()))
                .toList();
    }
}
