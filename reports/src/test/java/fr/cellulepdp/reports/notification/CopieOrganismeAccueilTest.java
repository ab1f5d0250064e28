package fr.cellulepdp.reports.notification;

import fr.cellulepdp.reports.document.ContenuDemo;
import fr.cellulepdp.reports.document.GenerateurPdf;
import fr.cellulepdp.reports.document.GenerateurPdfTest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.mesure.TypeMesure;
import fr.cellulepdp.model.notification.Destinataire;
import fr.cellulepdp.model.seance.DossierSeance;
import fr.cellulepdp.model.situation.Entreprise;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A copy names the host as what it is: a company for a work placement, a body for a training in an ESPR. */
class CopieOrganismeAccueilTest {

    private String copie(TypeMesure mesure, String accueil) throws Exception {
        ContenuDemo.Lettre cas = ContenuDemo.lettre(IssueDecision.ACCORD);
        DossierSeance.Point p = cas.point();
        Demande d = p.demandes().stream().filter(x -> x.id().equals(cas.decision().demandeId())).findFirst()
                .orElseThrow();
        Demande autre = new Demande(d.id(), d.version(), d.situationId(), mesure, "", d.dateDemande(),
                new Entreprise(accueil, null), d.tuteur(), d.prescripteur(), d.dateDebut(), d.dateFin(), d.duree(),
                d.renouvellement(), d.cout(), d.financement(), d.avisTechnique(), d.accordsObtenus(), d.statut());
        DossierSeance.Point point = new DossierSeance.Point(p.point(), p.situation(), p.assure(), List.of(autre),
                p.historique());
        return GenerateurPdfTest.texteImprime(new GenerateurPdf().notification(cas.contenu(), point, cas.decision(),
                Destinataire.MEDECIN_TRAVAIL).contenu()).replaceAll("\\s+", " ");
    }

    @Test
    void un_essai_a_une_entreprise_d_accueil_une_formation_en_espr_un_organisme() throws Exception {
        assertThat(copie(TypeMesure.ESSAI_ENCADRE, "Menuiserie fictive")).contains("Entreprise d’accueil : Menuiserie");
        assertThat(copie(TypeMesure.FORMATION_ESPR, "ESPR du Centre (fictif)"))
                .contains("Organisme d’accueil : ESPR du Centre").doesNotContain("Entreprise d’accueil");
    }
}
