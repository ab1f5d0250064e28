package fr.cellulepdp.model.document;

import fr.cellulepdp.model.annuaire.Organisation;
import fr.cellulepdp.model.commun.Adresse;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.notification.Destinataire;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.cellule.Partenaire;
import fr.cellulepdp.model.situation.Situation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who receives the letter of a decision: always the person; a copy to the employer, the occupational-health
 * service or the prescriber only when they exist for this request and the person's consent, valid on the day,
 * covers them (DESIGN.md §8: nothing goes to a partner the person did not accept).
 */
public final class DestinatairesCourrier {

    private DestinatairesCourrier() {
    }

    /** Who a copy goes to, by name: the employer, the file's occupational-health service, the prescriber. */
    public static String nom(Situation situation, Assure assure, Demande demande, Destinataire destinataire) {
        return switch (destinataire) {
            case EMPLOYEUR -> assure.employeur().nom();
            case MEDECIN_TRAVAIL -> situation.serviceSanteTravail().isEmpty()
                    ? "Service de prévention et de santé au travail" : situation.serviceSanteTravail();
            case PRESCRIPTEUR -> demande.prescripteur();
            case ASSURE -> assure.prenom() + " " + assure.nom();
        };
    }

    /**
     * Where the letter is posted: the person's address, or for a copy the address of the directory's organisation
     * of that name; empty when there is none complete enough to post to.
     */
    public static Optional<Adresse> adressePostale(Situation situation, Assure assure, Demande demande,
                                                   Destinataire destinataire, List<Organisation> annuaire) {
        Optional<Adresse> adresse = destinataire == Destinataire.ASSURE ? Optional.of(assure.adresse())
                : organisation(annuaire, nom(situation, assure, demande, destinataire)).map(Organisation::adresse);
        return adresse.filter(Adresse::estPostale);
    }

    /** The active organisation of the directory with this name, if any. */
    public static Optional<Organisation> organisation(List<Organisation> annuaire, String nom) {
        return annuaire.stream().filter(o -> o.actif() && o.nom().equalsIgnoreCase(nom)).findFirst();
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
