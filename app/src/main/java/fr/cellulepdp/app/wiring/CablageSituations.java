package fr.cellulepdp.app.wiring;

import fr.cellulepdp.model.decision.HistoriquePersonne;
import fr.cellulepdp.model.demande.GererDemandes;
import fr.cellulepdp.model.importation.ImporterListeIj60;
import fr.cellulepdp.model.situation.AvisMedicalSituation;
import fr.cellulepdp.model.situation.CreerSituation;
import fr.cellulepdp.model.situation.LireDossier;
import fr.cellulepdp.model.situation.ListerSituations;
import fr.cellulepdp.model.situation.ModifierSituation;
import fr.cellulepdp.model.suivi.SuivreSuivis;

/** The use cases of the people's files: situations, requests, medical opinion, history, follow-ups, the import. */
public final class CablageSituations {

    private final Socle socle;

    CablageSituations(Socle socle) {
        this.socle = socle;
    }

    public ListerSituations listerSituations() {
        return new ListerSituations(socle.base(), socle.horloge(), socle.session());
    }

    public CreerSituation creerSituation() {
        return new CreerSituation(socle.base(), socle.horloge(), socle.session());
    }

    public ModifierSituation modifierSituation() {
        return new ModifierSituation(socle.base(), socle.horloge(), socle.session());
    }

    public LireDossier lireDossier() {
        return new LireDossier(socle.base(), socle.session());
    }

    public AvisMedicalSituation avisMedical() {
        return new AvisMedicalSituation(socle.base(), socle.horloge(), socle.session());
    }

    public GererDemandes gererDemandes() {
        return new GererDemandes(socle.base(), socle.horloge(), socle.session());
    }

    public HistoriquePersonne historiquePersonne() {
        return new HistoriquePersonne(socle.base(), socle.horloge(), socle.session());
    }

    public SuivreSuivis suivreSuivis() {
        return new SuivreSuivis(socle.base(), socle.horloge(), socle.session());
    }

    public ImporterListeIj60 importerListeIj60() {
        return new ImporterListeIj60(socle.base(), socle.horloge(), socle.session());
    }
}
