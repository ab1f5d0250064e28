package fr.cellulepdp.model.demande;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.mesure.ConsulterCatalogue;
import fr.cellulepdp.model.demande.VerificationMesure;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.Situation;
import java.util.ArrayList;
import java.util.List;

/**
 * Use case: the requests of a situation. Recording a request that breaks a measure rule is allowed (the rule
 * blocks an accord, not a request), so {@link #verifier} explains the rules as the user types and the cell
 * sees them when deciding. What can never be recorded: a request without its situation, with its end before its
 * start, on a closed file, or for a measure the law does not open to the person (status, RQTH, unfitness: decision
 * 0030); a request already decided cannot be changed or withdrawn.
 */
public final class GererDemandes {

    private final StockageDemandes stockage;
    private final Horloge horloge;
    private final UtilisateurCourant utilisateurCourant;

    public GererDemandes(StockageDemandes stockage, Horloge horloge, UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.horloge = horloge;
        this.utilisateurCourant = utilisateurCourant;
    }

    /** The measure rules the request breaks, in French, counting the other requests of the same sick leave. */
    public List<Probleme> verifier(Demande demande) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.internes(acteur, "demande", "vérifient les règles des mesures");
        return reglesEnfreintes(stockage, acteur, demande);
    }

    /** The same check, for the decision being entered (with its granted dates and amount). */
    public static List<Probleme> reglesEnfreintes(StockageDemandes stockage, Utilisateur acteur, Demande demande) {
        Situation situation = stockage.situations().get(demande.situationId());
        Assure assure = stockage.assures().get(situation.assureId());
        return new VerificationMesure(new ConsulterCatalogue(stockage, () -> acteur).catalogue())
                .verifier(demande, situation, assure, stockage.demandes().findBySituation(situation.id()));
    }

    /** Adds the request (version 0) or saves its changes; returns it as saved. */
    public Demande enregistrer(Demande demande) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.dossiers(acteur, "demande");
        return stockage.transactions().inTransaction(() -> {
            List<Probleme> problemes = new ArrayList<>();
            Situation situation = stockage.situations().get(demande.situationId());
            if (!situation.estOuverte()) {
                problemes.add(new Probleme("situation", "le dossier " + situation.numeroDossier()
                        + " est clôturé : rouvrez-le avant d'y ajouter, modifier ou retirer une demande."));
            }
            if (demande.dateDebut() != null && demande.dateFin() != null && demande.dateFin().isBefore(demande.dateDebut())) {
                problemes.add(new Probleme("dates", "la date de fin précède la date de début."));
            }
            if (demande.statut() != StatutDemande.RETIREE) {
                // a withdrawal is always possible, even of a request recorded before the rule existed
                Assure assure = stockage.assures().get(situation.assureId());
                problemes.addAll(new VerificationMesure(new ConsulterCatalogue(stockage, () -> acteur).catalogue())
                        .eligibilite(demande, assure));
            }
            if (demande.version() > 0) {
                StatutDemande enBase = stockage.demandes().get(demande.id()).statut();
                if (enBase == StatutDemande.DECIDEE || enBase == StatutDemande.RETIREE) {
                    problemes.add(new Probleme("", "cette demande est " + enBase.libelle().toLowerCase()
                            + " : elle ne peut plus être modifiée."));
                }
            }
            if (!problemes.isEmpty()) {
                throw new SaisieInvalideException(problemes);
            }
            Demande enregistree = stockage.demandes().save(demande);
            String action = demande.version() == 0 ? "DEMANDE_CREEE"
                    : demande.statut() == StatutDemande.RETIREE ? "DEMANDE_RETIREE" : "DEMANDE_MODIFIEE";
            new Audit(stockage, horloge).noter(acteur, action, "Demande", enregistree.id(),
                    situation.numeroDossier() + " — " + enregistree.libelleMesure());
            return enregistree;
        });
    }

    /** Withdraws a request not decided yet (the person or the social worker gave it up). */
    public Demande retirer(Demande demande) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        return enregistrer(demande.avecStatut(StatutDemande.RETIREE));
    }
}
