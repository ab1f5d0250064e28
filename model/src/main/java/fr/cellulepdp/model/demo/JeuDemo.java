package fr.cellulepdp.model.demo;

import fr.cellulepdp.model.annuaire.Organisation;
import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.mesure.RegleMesure;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.suivi.Suivi;
import java.util.List;

/** Everything the demo cell holds, before it is saved. */
public record JeuDemo(Cellule cellule, List<Membre> membres, List<Organisation> organisations, List<Assure> assures, List<Situation> situations,
                      List<Demande> demandes, List<Seance> seances, List<Decision> decisions, List<Suivi> suivis,
                      List<RegleMesure> catalogue) {
}
