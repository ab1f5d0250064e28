package fr.cellulepdp.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.mesure.TypeMesure;
import fr.cellulepdp.model.notification.Destinataire;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.Consentement;
import fr.cellulepdp.model.situation.Entreprise;
import fr.cellulepdp.model.situation.Nir;
import fr.cellulepdp.model.situation.Origine;
import fr.cellulepdp.model.cellule.Partenaire;
import fr.cellulepdp.model.situation.Risque;
import fr.cellulepdp.model.situation.Situation;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DestinatairesCourrierTest {

    private static final LocalDate JOUR = LocalDate.of(2026, 11, 23);
    private final Assure assure = new Assure(UUID.randomUUID(), 0, Nir.de("269054958815780"), "Roy", "Anne", null, null,
            null, "", "", null, new Entreprise("Fictive SA", null), "");
    private final Demande demande = new Demande(UUID.randomUUID(), 0, UUID.randomUUID(), TypeMesure.PMSMP, "",
            JOUR, null, "", "Cap Emploi 58", null, null, null, false, null, "", "", null, null);

    private Situation avecConsentement(Consentement consentement) {
        return new Situation(UUID.randomUUID(), 0, "PDP-2026-0001", assure.id(), null, JOUR, Origine.EMPLOYEUR,
                Risque.MALADIE, null, null, consentement, null, null, "", "", null, null, null, "");
    }

    @Test
    void without_consent_only_the_person_receives_the_letter() {
        assertThat(DestinatairesCourrier.pour(avecConsentement(Consentement.AUCUN), assure, demande, JOUR))
                .containsExactly(Destinataire.ASSURE);
    }

    @Test
    void copies_go_to_the_partners_the_consent_covers_on_the_day() {
        Consentement tous = new Consentement(JOUR.minusMonths(1), Set.of(Partenaire.EMPLOYEUR,
                Partenaire.SERVICE_PREVENTION_SANTE_TRAVAIL, Partenaire.CAP_EMPLOI), null);
        Consentement retire = new Consentement(JOUR.minusMonths(1), tous.partenaires(), JOUR.minusDays(1));

        assertThat(DestinatairesCourrier.pour(avecConsentement(tous), assure, demande, JOUR)).containsExactly(
                Destinataire.ASSURE, Destinataire.EMPLOYEUR, Destinataire.MEDECIN_TRAVAIL, Destinataire.PRESCRIPTEUR);
        assertThat(DestinatairesCourrier.pour(avecConsentement(retire), assure, demande, JOUR))
                .containsExactly(Destinataire.ASSURE);
    }
}
