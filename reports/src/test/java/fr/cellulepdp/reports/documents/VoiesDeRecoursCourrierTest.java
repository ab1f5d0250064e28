package fr.cellulepdp.reports.documents;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.decision.AvisMedical;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.demo.DonneesDemo;
import fr.cellulepdp.model.document.ContenuSeance;
import fr.cellulepdp.model.notification.Destinataire;
import org.junit.jupiter.api.Test;

/**
 * The appeal route each letter gives (DESIGN.md §7, decision 0030): a refusal resting on the medical service's
 * opinion sends the medical ground to the commission médicale de recours amiable and any other ground to the
 * commission de recours amiable; any other refusal to the latter only; an adjournment says it cannot be appealed,
 * or, when the cell has so decided (decision 0033), gives the commission de recours amiable.
 */
class VoiesDeRecoursCourrierTest {

    private static final String CMRA = "saisir la commission médicale de recours amiable (Commission médicale de "
            + "recours amiable Bourgogne-Franche-Comté (fictive), 3 rue de l’Exemple, CS 00003, 21000 Dijon) dans un "
            + "délai de deux mois à compter de la réception de ce courrier";
    private static final String CRA = "commission de recours amiable de votre caisse primaire d’assurance maladie "
            + "(Commission de recours amiable de la CPAM de la Nièvre, 1 rue de l’Exemple, CS 00001, 58000 Nevers)";

    private final GenerateurPdf generateur = new GenerateurPdf();

    /** The letter with the demo's directory, which holds both appeal bodies. */
    private String lettre(ContenuDemo.Lettre cas, Decision decision, Destinataire destinataire) throws Exception {
        return lettre(cas, decision, destinataire, cas.contenu().cellule());
    }

    private String lettre(ContenuDemo.Lettre cas, Decision decision, Destinataire destinataire,
                          fr.cellulepdp.model.cellule.Cellule cellule) throws Exception {
        return GenerateurPdfTest.texteImprime(pdf(cas, decision, destinataire, cellule)).replaceAll("\\s+", " ");
    }

    private byte[] pdf(ContenuDemo.Lettre cas, Decision decision, Destinataire destinataire,
                       fr.cellulepdp.model.cellule.Cellule cellule) throws Exception {
        ContenuSeance c = cas.contenu();
        ContenuSeance avecAnnuaire = new ContenuSeance(cellule, c.dossier(), c.precedente(), c.prochaine(),
                c.dateEdition(), c.modelesCourrier(), null, DonneesDemo.generer(ContenuDemo.REFERENCE).organisations());
        return generateur.notification(avecAnnuaire, cas.point(), decision, destinataire).contenu();
    }

    private static Decision avecAvis(Decision d, AvisMedical avis) {
        return new Decision(d.id(), d.version(), d.demandeId(), d.seanceId(), d.issue(), avis, d.motifs(),
                d.conditions(), d.dateDebutAccordee(), d.dateFinAccordee(), d.montantAccorde(), d.elementsManquants(),
                d.dateLimiteElements(), d.derogation(), d.rectifieDecisionId(), d.decideeLe(), d.decideeParId(),
                d.referentMedicalUrgenceId(), d.suivisPrevus());
    }

    @Test
    void un_refus_sur_avis_medical_defavorable_donne_le_recours_medical_puis_la_cra_pour_les_autres_motifs()
            throws Exception {
        ContenuDemo.Lettre refus = ContenuDemo.lettre(IssueDecision.REFUS);
        assertThat(refus.decision().avisMedical()).isEqualTo(AvisMedical.DEFAVORABLE);

        String texte = lettre(refus, refus.decision(), Destinataire.ASSURE);

        assertThat(texte).contains("Si vous contestez l’appréciation d’ordre médical sur laquelle repose cette "
                + "décision, vous pouvez " + CMRA + ", en joignant une copie de ce courrier. Si vous la contestez pour "
                + "un autre motif, vous pouvez saisir la " + CRA + " dans le même délai. En cas de rejet de votre "
                + "recours, vous pourrez saisir le pôle social du tribunal judiciaire.");
    }

    @Test
    void un_refus_pour_un_motif_administratif_ne_donne_que_la_cra() throws Exception {
        ContenuDemo.Lettre refus = ContenuDemo.lettre(IssueDecision.REFUS);
        ContenuDemo.Lettre sousReserve = ContenuDemo.lettre(IssueDecision.ACCORD_SOUS_RESERVE);

        for (String texte : new String[] {
                lettre(refus, avecAvis(refus.decision(), AvisMedical.FAVORABLE), Destinataire.ASSURE),
                lettre(sousReserve, sousReserve.decision(), Destinataire.ASSURE)}) {
            assertThat(texte).contains("Si vous contestez cette décision, vous pouvez saisir la " + CRA
                    + " dans un délai de deux mois").doesNotContain("médicale de recours");
        }
    }

    @Test
    void un_ajournement_dit_qu_il_n_est_pas_une_decision_et_ne_peut_pas_faire_l_objet_d_un_recours() throws Exception {
        ContenuDemo.Lettre ajournement = ContenuDemo.lettre(IssueDecision.AJOURNEMENT);

        String texte = lettre(ajournement, ajournement.decision(), Destinataire.ASSURE);

        assertThat(texte).contains("Ce report n’est pas une décision sur votre demande : il ne peut pas faire "
                + "l’objet d’un recours. La décision que la cellule prendra après examen des éléments demandés vous "
                + "sera notifiée avec les voies et délais de recours.")
                .doesNotContain("commission de recours amiable");
    }

    @Test
    void un_ajournement_donne_la_cra_avec_son_adresse_et_le_delai_si_la_cellule_l_a_decide() throws Exception {
        ContenuDemo.Lettre ajournement = ContenuDemo.lettre(IssueDecision.AJOURNEMENT);
        var cellule = ajournement.contenu().cellule().avecRecoursSurAjournement(true);

        byte[] pdf = pdf(ajournement, ajournement.decision(), Destinataire.ASSURE, cellule);
        GenerateurPdfTest.garder("ajournement-avec-voie-de-recours.pdf", pdf);
        String texte = GenerateurPdfTest.texteImprime(pdf).replaceAll("\\s+", " ");

        assertThat(texte).contains("Si vous contestez ce report, vous pouvez saisir la " + CRA + " dans un délai de "
                + "deux mois à compter de la réception de ce courrier. En cas de rejet de votre recours, vous pourrez "
                + "saisir le pôle social du tribunal judiciaire.")
                .doesNotContain("il ne peut pas faire l’objet d’un recours").doesNotContain("médicale de recours");
        assertThat(lettre(ajournement, ajournement.decision(), Destinataire.MEDECIN_TRAVAIL, cellule))
                .as("la copie à un partenaire").doesNotContain("recours amiable");
    }

    @Test
    void la_copie_a_un_partenaire_ne_donne_aucune_voie_de_recours() throws Exception {
        ContenuDemo.Lettre refus = ContenuDemo.lettre(IssueDecision.REFUS);

        assertThat(lettre(refus, refus.decision(), Destinataire.MEDECIN_TRAVAIL)).doesNotContain("recours amiable");
    }
}
