package fr.cellulepdp.model.document;

import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.notification.Destinataire;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.Partenaire;
import fr.cellulepdp.model.situation.Situation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Who receives the letter of a decision: always the person; a copy to the employer, the occupational-health
 * service or the prescriber only when they exist for this request and the person's consent, valid on the day,
 * covers them (DESIGN.md §8: nothing goes to a partner the person did not accept).
 */
public final class DestinatairesCourrier {

    private DestinatairesCourrier() {
    }

    public static List<Destinataire> pour(Situation situation, Assure assure, Demande demande, LocalDate date) {
        List<Destinataire> destinataires = new ArrayList<>(List.of(Destinataire.ASSURE));
        var consentement = situation.consentement();
        if (assure.employeur() != null && !assure.employeur().nom().isEmpty()
                && consentement.couvre(Partenaire.EMPLOYEUR, date)) {
            destinataires.add(Destinataire.EMPLOYEUR);
        }
        if (consentement.couvre(Partenaire.SERVICE_PREVENTION_SANTE_TRAVAIL, date)) {
            destinataires.add(Destinataire.MEDECIN_TRAVAIL);
        }
        if (!demande.prescripteur().isEmpty() && (consentement.couvre(Partenaire.CAP_EMPLOI, date)
                || consentement.couvre(Partenaire.FRANCE_TRAVAIL, date))) {
            destinataires.add(Destinataire.PRESCRIPTEUR);
        }
        return destinataires;
    }
}
