package fr.cellulepdp.model.seance;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.commun.Textes;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Use case: moves a planned meeting (date, time, place or video link). The members already convoked are told by
 * convoking again, which sends an update of the same calendar entry.
 */
public final class DeplacerSeance {

    private final StockageSeances stockage;
    private final Horloge horloge;
    private final UtilisateurCourant utilisateurCourant;

    public DeplacerSeance(StockageSeances stockage, Horloge horloge, UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.horloge = horloge;
        this.utilisateurCourant = utilisateurCourant;
    }

    public Seance deplacer(UUID seanceId, LocalDate date, LocalTime heure, String lieu,
                           String lienVisio) {

        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "séance", "planifie les séances");
        return stockage.transactions().inTransaction(() -> {
            Seance s = stockage.seances().get(seanceId);
            List<Probleme> problemes = new ArrayList<>();
            if (s.statut() != StatutSeance.PLANIFIEE) {
                problemes.add(new Probleme("séance", "la séance n° " + s.numero() + " n’est plus planifiée : elle "
                        + "ne se déplace plus."));
            }
            if (date == null) {
                problemes.add(new Probleme("date", "la date de la séance est obligatoire."));
            }
            if (Textes.nonNul(lieu).isBlank() && Textes.nonNul(lienVisio).isBlank()) {
                problemes.add(new Probleme("lieu", "indiquez le lieu ou le lien de visioconférence."));
            }
            if (!problemes.isEmpty()) {
                throw new SaisieInvalideException(problemes);
            }
            Seance deplacee = stockage.seances().save(new Seance(s.id(), s.version(), s.numero(), date, heure,
                    Textes.nonNul(lieu).strip(), Textes.nonNul(lienVisio).strip(), s.statut(), s.secretaireId(),
                    s.presences(), s.invites(), s.ordreDuJour(), s.derogationQuorum()));
            new Audit(stockage, horloge).noter(acteur, "SEANCE_DEPLACEE", "Seance", s.id(), "séance n° "
                    + s.numero() + " : " + s.date() + " " + s.heure() + " → " + date + " " + heure);
            return deplacee;
        });
    }
}
