package fr.cellulepdp.model.decision;

import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.demande.GererDemandes;
import fr.cellulepdp.model.mesure.ConsulterCatalogue;
import java.util.List;

/** The checks of a decision as entered, in a meeting or in urgency: its own fields and the measure rules. */
public final class ControleDecision {

    private final StockageDecisions stockage;
    private final fr.cellulepdp.model.commun.Horloge horloge;
    private final UtilisateurCourant utilisateurCourant;

    public ControleDecision(StockageDecisions stockage, fr.cellulepdp.model.commun.Horloge horloge,
            UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.horloge = horloge;
        this.utilisateurCourant = utilisateurCourant;
    }

    /**
     * The measure rules the request would break if granted as entered: with granted dates, the length is counted
     * from them; with a granted amount, the cost is that amount.
     */
    public List<Probleme> reglesEnfreintes(SaisieDecision saisie) {
        autoriser();
        return reglesEnfreintes(saisie, stockage.demandes().get(saisie.demandeId()));
    }

    private List<Probleme> reglesEnfreintes(SaisieDecision saisie, Demande demande) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        boolean datesAccordees = saisie.dateDebutAccordee() != null && saisie.dateFinAccordee() != null;
        Demande accordee = new Demande(demande.id(), demande.version(), demande.situationId(), demande.mesure(),
                demande.libelleAutre(), demande.dateDemande(), demande.entrepriseAccueil(), demande.tuteur(),
                demande.prescripteur(), datesAccordees ? saisie.dateDebutAccordee() : demande.dateDebut(),
                datesAccordees ? saisie.dateFinAccordee() : demande.dateFin(),
                datesAccordees ? null : demande.duree(), demande.renouvellement(),
                saisie.montantAccorde() != null ? saisie.montantAccorde() : demande.cout(), demande.financement(),
                demande.avisTechnique(), demande.accordsObtenus(), demande.statut());
        return GererDemandes.reglesEnfreintes(stockage, acteur, accordee);
    }

    /** Every problem of the decision as entered, as the panels show it while the user types. */
    public List<Probleme> verifier(SaisieDecision saisie) {
        autoriser();
        return problemes(saisie, stockage.demandes().get(saisie.demandeId()));
    }

    /** Before the request is read: the request, its file and person are the cell's internal members' to check. */
    private void autoriser() {
        Droits.internes(utilisateurCourant.utilisateur(), "décision", "vérifient une décision");
    }

    /**
     * The same, for a use case that has already read the request in its transaction: each read is statements
     * that a decision waits for (issue 22).
     */
    public List<Probleme> verifier(SaisieDecision saisie, Demande demande) {
        if (!demande.id().equals(saisie.demandeId())) {
            throw new IllegalArgumentException("la demande lue n'est pas celle de la décision");
        }
        autoriser();
        return problemes(saisie, demande);
    }

    private List<Probleme> problemes(SaisieDecision saisie, Demande demande) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        List<Probleme> regles = saisie.estAccord() ? reglesEnfreintes(saisie, demande) : List.of();
        List<Probleme> problemes = new java.util.ArrayList<>(
                ValidationDecision.verifier(saisie, regles, horloge.aujourdhui()));
        problemes.addAll(MesureSuivie.verifier(saisie, new ConsulterCatalogue(stockage, () -> acteur).catalogue()
                .regle(demande.mesure())));
        return problemes;
    }
}
