package fr.cellulepdp.reports.documents;

import static fr.cellulepdp.reports.documents.Redaction.t;

import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.document.ContenuSeance;
import fr.cellulepdp.model.document.DocumentPdf;
import fr.cellulepdp.model.mesure.TypeMesure;
import fr.cellulepdp.model.seance.DossierSeance;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.reports.pdf.Composition;
import fr.cellulepdp.reports.pdf.Metadonnees;
import java.util.List;

/**
 * The letter telling the person of the cell's decision on one request (DESIGN.md §7), one wording per outcome.
 * It never carries a medical detail: a refusal gives the cell's reasons (as "avis défavorable du service
 * médical", never the opinion itself) and the appeal route.
 */
final class CourrierNotificationPdf {

    static final String RECOURS = "Si vous contestez cette décision, vous pouvez saisir la commission de recours "
            + "amiable de votre caisse primaire d'assurance maladie dans un délai de deux mois à compter de la "
            + "réception de ce courrier. En cas de rejet de votre recours, vous pourrez saisir le pôle social du "
            + "tribunal judiciaire.";

    private CourrierNotificationPdf() {
    }

    static DocumentPdf generer(ContenuSeance contenu, DossierSeance.Point point, Decision d) {
        Cellule cellule = contenu.cellule();
        Seance s = contenu.dossier().seance();
        Assure a = point.assure();
        Demande demande = point.demandes().stream().filter(x -> x.id().equals(d.demandeId())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("la décision ne porte pas sur ce point"));
        String mesure = demande.libelleMesure();
        try (Composition page = new Composition()) {
            Redaction.enTete(page, cellule);
            page.aDroite(Redaction.civilite(a).replace("Madame, Monsieur", "") + " " + a.prenom() + " "
                    + a.nom().toUpperCase(), Composition.Style.GRAS);
            String rue = String.join(" ", a.adresse().ligne1(), a.adresse().ligne2()).strip();
            if (!rue.isEmpty()) {
                page.aDroite(rue, Composition.Style.NORMAL);
            }
            page.aDroite((a.adresse().codePostal() + " " + a.adresse().ville()).strip(), Composition.Style.NORMAL);
            page.espace(14);
            page.aDroite(cellule.adresse().ville() + ", le " + Redaction.date(contenu.dateEdition()),
                    Composition.Style.NORMAL);
            page.espace(10);
            page.paragraphe(t("Référence : " + point.situation().numeroDossier() + " — " + Redaction.seance(s)),
                    Composition.Style.NORMAL);
            page.paragraphe(t("Objet : demande d'autorisation de " + mesure + " pendant votre arrêt de travail"),
                    Composition.Style.GRAS);
            page.espace(10);
            String civilite = Redaction.civilite(a);
            page.paragraphe(civilite + ",", Composition.Style.NORMAL);
            page.espace(4);
            page.paragraphe(t("Vous avez demandé le " + Redaction.date(demande.dateDemande())
                    + " l'autorisation de bénéficier d'une mesure de " + mesure + ". La cellule locale de "
                    + "prévention de la désinsertion professionnelle a examiné votre demande lors de sa séance du "
                    + Redaction.date(s.date()) + "."), Composition.Style.NORMAL);
            page.espace(6);
            corps(page, d, demande);
            page.espace(6);
            page.paragraphe(t("Pour toute question, vous pouvez joindre la cellule au " + cellule.telephone()
                    + " ou à l'adresse " + cellule.email() + ", en rappelant la référence de ce courrier."),
                    Composition.Style.NORMAL);
            page.espace(6);
            page.paragraphe(t("Je vous prie d'agréer, " + civilite + ", l'expression de mes salutations distinguées."),
                    Composition.Style.NORMAL);
            page.espace(10);
            var emplacement = BlocSignature.dessiner(page, cellule.signataireNom(), cellule.signataireFonction(),
                    contenu.dateEdition());
            page.espace(12);
            page.paragraphe(t(protectionDesDonnees(cellule)), Composition.Style.PETIT);
            String titre = "Notification de décision — " + point.situation().numeroDossier() + " — " + mesure;
            return new DocumentPdf(page.terminer(new Metadonnees(titre, cellule.nom(),
                    "Décision de la cellule locale PDP"), point.situation().numeroDossier() + " — "
                    + Redaction.seance(s)), List.of(emplacement));
        }
    }

    private static void corps(Composition page, Decision d, Demande demande) {
        switch (d.issue()) {
            case ACCORD, ACCORD_SOUS_RESERVE -> {
                page.paragraphe(t("La cellule a donné son accord à cette mesure"
                        + (Redaction.periode(d).isEmpty() ? "." : ", " + Redaction.periode(d) + ".")),
                        Composition.Style.GRAS);
                if (demande.entrepriseAccueil() != null) {
                    page.paragraphe(t("Elle se déroulera chez " + demande.entrepriseAccueil().nom()
                            + (demande.tuteur().isEmpty() ? "" : ", avec pour tuteur " + demande.tuteur()) + "."),
                            Composition.Style.NORMAL);
                }
                if (d.issue() == fr.cellulepdp.model.decision.IssueDecision.ACCORD_SOUS_RESERVE) {
                    page.paragraphe(t("Cet accord est donné sous réserve de la condition suivante : " + d.conditions()),
                            Composition.Style.NORMAL);
                } else if (!d.conditions().isEmpty()) {
                    page.paragraphe(t("Conditions : " + d.conditions()), Composition.Style.NORMAL);
                }
                page.paragraphe(t("Pendant la mesure, vos indemnités journalières sont maintenues et votre contrat "
                        + "de travail reste suspendu."), Composition.Style.NORMAL);
                if (demande.mesure() == TypeMesure.ESSAI_ENCADRE) {
                    page.paragraphe(t("En cas d'accident pendant l'essai encadré, l'entreprise d'accueil le déclare "
                            + "à l'Assurance Maladie."), Composition.Style.NORMAL);
                }
            }
            case REFUS -> {
                page.paragraphe("La cellule n'a pas pu donner une suite favorable à votre demande.",
                        Composition.Style.GRAS);
                page.paragraphe(t("Motifs : " + (d.motifs().isEmpty() ? "avis défavorable de la cellule."
                        : d.motifs())), Composition.Style.NORMAL);
                page.espace(4);
                page.paragraphe(t(RECOURS), Composition.Style.NORMAL);
            }
            case AJOURNEMENT -> {
                page.paragraphe("La cellule a reporté sa décision : des éléments manquent pour statuer.",
                        Composition.Style.GRAS);
                page.paragraphe(t("Éléments à transmettre : " + d.elementsManquants()), Composition.Style.NORMAL);
                page.paragraphe(t("Merci de les adresser à la cellule avant le "
                        + Redaction.date(d.dateLimiteElements()) + ". Votre demande sera alors examinée à nouveau."),
                        Composition.Style.NORMAL);
            }
            case SANS_OBJET -> {
                page.paragraphe("La cellule a constaté que votre demande est devenue sans objet.",
                        Composition.Style.GRAS);
                if (!d.motifs().isEmpty()) {
                    page.paragraphe(t("Motif : " + d.motifs()), Composition.Style.NORMAL);
                }
            }
            default -> throw new IllegalStateException(d.issue().name());
        }
    }

    static String protectionDesDonnees(Cellule cellule) {
        return "Protection de vos données : la " + cellule.cpam() + ", responsable du traitement, utilise les "
                + "données de ce dossier pour vous accompagner dans la prévention de la désinsertion "
                + "professionnelle. Elles sont communiquées aux seuls membres de la cellule et aux partenaires que "
                + "vous avez acceptés, et conservées " + cellule.conservationAnnees() + " ans après la clôture de "
                + "votre dossier. Vous pouvez y accéder, les faire rectifier, vous opposer à leur utilisation ou en "
                + "demander la limitation auprès du délégué à la protection des données de votre caisse. Vous "
                + "pouvez adresser une réclamation à la CNIL (www.cnil.fr).";
    }
}
