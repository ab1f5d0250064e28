package fr.cellulepdp.reports.documents;

import static fr.cellulepdp.reports.documents.Redaction.t;
import static fr.cellulepdp.reports.typographie.TypographieFrancaise.de;

import fr.cellulepdp.model.annuaire.Organisation;
import fr.cellulepdp.model.annuaire.TypeOrganisation;
import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.document.ContenuSeance;
import fr.cellulepdp.model.document.DestinatairesCourrier;
import fr.cellulepdp.model.document.DocumentPdf;
import fr.cellulepdp.model.document.Gabarits;
import fr.cellulepdp.model.document.VoiesDeRecours;
import fr.cellulepdp.model.mesure.TypeMesure;
import fr.cellulepdp.model.notification.Destinataire;
import fr.cellulepdp.model.seance.DossierSeance;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.reports.pdf.Composition;
import fr.cellulepdp.reports.pdf.Metadonnees;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The letter telling the person of the cell's decision on one request (DESIGN.md §7), one wording per outcome.
 * It never carries a medical detail: a refusal gives the cell's reasons (as "avis défavorable du service
 * médical", never the opinion itself) and the appeal route.
 */
final class CourrierNotificationPdf {

    /**
     * The appeal route of a decision that refuses anything (a refusal, or the conditions of an accord sous réserve):
     * the commission de recours amiable, with its address when the directory holds it; for a refusal resting on the
     * medical service's opinion, first the commission médicale de recours amiable for the medical ground; for an
     * adjournment, when the cell has decided its adjournments give a route, the commission de recours amiable.
     */
    static String recours(ContenuSeance contenu, Decision decision) {
        String cra = "la commission de recours amiable de votre caisse primaire d'assurance maladie"
                + adresse(contenu, TypeOrganisation.RECOURS);
        String delais = "dans un délai de deux mois à compter de la réception de ce courrier";
        String suite = " En cas de rejet de votre recours, vous pourrez saisir le pôle social du tribunal judiciaire. "
                + "Vous pouvez aussi solliciter le médiateur de votre caisse.";
        if (decision.issue() == IssueDecision.AJOURNEMENT) {
            // the cell has decided that its adjournments give the route (decision 0033)
            return "Si vous contestez ce report, vous pouvez saisir " + cra + " " + delais + "." + suite;
        }
        if (VoiesDeRecours.motifMedical(decision)) {
            return "Si vous contestez l'appréciation d'ordre médical sur laquelle repose cette décision, vous pouvez "
                    + "saisir la commission médicale de recours amiable" + adresse(contenu,
                    TypeOrganisation.RECOURS_MEDICAL) + " " + delais + ", en joignant une copie de ce courrier. "
                    + "Si vous la contestez pour un autre motif, vous pouvez saisir " + cra + " dans le même délai."
                    + suite;
        }
        return "Si vous contestez cette décision, vous pouvez saisir " + cra + " " + delais + "." + suite;
    }

    /**
     * What the letter says of an adjournment's appeal: it is not a decision on the request, so there is nothing to
     * appeal yet; the decision taken once the documents are received will give the routes and time limits.
     */
    static final String AJOURNEMENT_SANS_RECOURS = "Ce report n'est pas une décision sur votre demande : il ne peut "
            + "pas faire l'objet d'un recours. La décision que la cellule prendra après examen des éléments demandés "
            + "vous sera notifiée avec les voies et délais de recours.";

    private static String adresse(ContenuSeance contenu, TypeOrganisation type) {
        return contenu.organisme(type).map(CourrierNotificationPdf::coordonnees).map(c -> " (" + c + ")").orElse("");
    }

    /** « Nom, rue, complément, code postal ville, courriel » of an organisation of the directory. */
    static String coordonnees(Organisation o) {
        return java.util.stream.Stream.of(o.nom(), o.adresse().ligne1(), o.adresse().ligne2(),
                        (o.adresse().codePostal() + " " + o.adresse().ville()).strip(), o.email())
                .filter(s -> !s.isBlank()).collect(java.util.stream.Collectors.joining(", "));
    }

    private CourrierNotificationPdf() {
    }

    /** @param codeCourriel the person's personal code, printed for the letters to come by e-mail */
    static DocumentPdf generer(ContenuSeance contenu, DossierSeance.Point point, Decision d,
                               Destinataire destinataire, java.util.Optional<String> codeCourriel) {
        Cellule cellule = contenu.cellule();
        Seance s = contenu.dossier().seance();
        Assure a = point.assure();
        Demande demande = point.demandes().stream().filter(x -> x.id().equals(d.demandeId())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("la décision ne porte pas sur ce point"));
        if (!d.issue().estUneDecision()) {
            throw new IllegalArgumentException("une mesure seulement suivie n'a pas de courrier");
        }
        String mesure = demande.libelleMesure();
        boolean copie = destinataire != Destinataire.ASSURE;
        try (Composition page = new Composition()) {
            Redaction.enTete(page, cellule, contenu.logo());
            if (copie) {
                adresseDuPartenaire(page, contenu, point, demande, destinataire);
            } else {
                Redaction.adresseDeLaPersonne(page, a);
            }
            page.espace(14);
            page.aDroite(cellule.villeDesCourriers() + ", le " + Redaction.date(contenu.dateEdition()),
                    Composition.Style.NORMAL);
            page.espace(10);
            page.paragraphe(t("Référence : " + point.situation().numeroDossier() + " — " + Redaction.seance(s)),
                    Composition.Style.NORMAL);
            String personne = Redaction.civilite(a) + " " + a.prenom() + " " + a.nom().toUpperCase();
            page.paragraphe(t(copie ? "Objet : décision de la cellule PDP concernant " + personne + " — " + mesure
                    : "Objet : demande d'autorisation " + de(mesure) + (mesure.contains("pendant l")
                            // « formation pendant l'arrêt de travail » says it already
                            ? "" : " pendant votre arrêt de travail")),
                    Composition.Style.GRAS);
            page.espace(10);
            String civilite = copie ? "Madame, Monsieur" : Redaction.civilite(a);
            page.paragraphe(civilite + ",", Composition.Style.NORMAL);
            page.espace(4);
            if (copie) {
                copie(page, s, d, demande, personne, contenu.dateEdition());
            } else {
                page.paragraphe(t("Vous avez demandé le " + Redaction.date(demande.dateDemande())
                        + " l'autorisation de bénéficier d'une mesure " + de(mesure) + ". La cellule locale de "
                        + "prévention de la désinsertion professionnelle a examiné votre demande lors de sa séance du "
                        + Redaction.date(s.date()) + "."), Composition.Style.NORMAL);
                page.espace(6);
                corps(page, contenu, point, d, demande);
            }
            page.espace(6);
            page.paragraphe(t("Pour toute question, vous pouvez joindre la cellule au " + cellule.telephone()
                    + " ou à l'adresse " + cellule.email() + ", en rappelant la référence de ce courrier."),
                    Composition.Style.NORMAL);
            page.espace(6);
            page.paragraphe(t("Je vous prie d'agréer, " + civilite + ", l'expression de mes salutations distinguées."),
                    Composition.Style.NORMAL);
            page.espace(10);
            if (!cellule.signataireDelegation().isEmpty()) {
                page.paragraphe(t(cellule.signataireDelegation()), Composition.Style.NORMAL);
                page.espace(4);
            }
            var emplacement = BlocSignature.dessiner(page, cellule.signataire(), cellule.signataireFonction());
            if (!copie) {
                // the person knows who else is told of the decision (organisation names only)
                List<String> copies = DestinatairesCourrier.pour(point.situation(), a, demande, contenu.dateEdition())
                        .stream().filter(x -> x != Destinataire.ASSURE)
                        .map(x -> nomDestinataire(point, demande, x)).toList();
                if (!copies.isEmpty()) {
                    page.espace(6);
                    page.paragraphe(t("Copie : " + String.join(" ; ", copies) + "."), Composition.Style.NORMAL);
                }
            }
            if (!copie) {
                codeCourriel.ifPresent(code -> codePersonnel(page, a, code));
            }
            page.espace(12);
            var delegue = contenu.organisme(TypeOrganisation.PROTECTION_DONNEES).map(CourrierNotificationPdf::coordonnees);
            page.paragraphe(t(copie ? protectionDesDonneesCopie(cellule, delegue)
                    : protectionDesDonnees(cellule, delegue)), Composition.Style.PETIT);
            String titre = "Notification de décision — " + point.situation().numeroDossier() + " — " + mesure
                    + (copie ? " — copie " + destinataire.libelle().toLowerCase() : "");
            return new DocumentPdf(page.terminer(new Metadonnees(titre, cellule.nom(),
                    "Décision de la cellule locale PDP"), point.situation().numeroDossier() + " — "
                    + Redaction.seance(s)), List.of(emplacement));
        }
    }

    /**
     * The person's personal code, given on paper: the only place it is ever written for them (never in an e-mail).
     * The e-mails to come say « remis par courrier postal du … », pointing back to this letter.
     */
    private static void codePersonnel(Composition page, Assure a, String code) {
        page.espace(10);
        page.garderEnsemble(90);
        page.paragraphe("Vos prochains courriers par courriel", Composition.Style.GRAS);
        page.paragraphe(t("Nos prochains courriers vous seront envoyés à l’adresse " + a.email() + ", en pièce jointe "
                + "protégée. Pour les ouvrir, saisissez votre code personnel, tel qu’il est imprimé ci-dessous "
                + "(majuscules et tirets compris). Conservez ce courrier : nous ne vous demanderons jamais ce code, "
                + "et il ne figurera dans aucun courriel."), Composition.Style.NORMAL);
        page.espace(4);
        page.paragraphe("Votre code personnel :   " + code, Composition.Style.SOUS_TITRE);
    }

    /** Who a copy goes to, by name: the employer, the file's occupational-health service, the prescriber. */
    private static String nomDestinataire(DossierSeance.Point point, Demande demande, Destinataire destinataire) {
        return DestinatairesCourrier.nom(point.situation(), point.assure(), demande, destinataire);
    }

    /** The copy's addressee: its name, and its postal address when the directory holds an organisation of that name. */
    private static void adresseDuPartenaire(Composition page, ContenuSeance contenu, DossierSeance.Point point,
                                            Demande demande, Destinataire destinataire) {
        String nom = nomDestinataire(point, demande, destinataire);
        page.aDroite(nom, Composition.Style.GRAS);
        page.aDroite("À l'attention de la personne chargée du dossier", Composition.Style.NORMAL);
        DestinatairesCourrier.organisation(contenu.annuaire(), nom).ifPresent(o -> {
            String rue = String.join(" ", o.adresse().ligne1(), o.adresse().ligne2()).strip();
            if (!rue.isEmpty()) {
                page.aDroite(rue, Composition.Style.NORMAL);
            }
            String ville = (o.adresse().codePostal() + " " + o.adresse().ville()).strip();
            if (!ville.isEmpty()) {
                page.aDroite(ville, Composition.Style.NORMAL);
            }
        });
    }

    /**
     * The copy to a partner: the outcome and, for an accord, what the partner needs to act on it; never the
     * reasons of a refusal nor any medical detail.
     */
    private static void copie(Composition page, Seance s, Decision d, Demande demande, String personne,
                              java.time.LocalDate dateCourrier) {
        page.paragraphe(t("Avec l'accord de " + personne + ", nous vous informons que la cellule locale de "
                + "prévention de la désinsertion professionnelle a examiné, lors de sa séance du "
                + Redaction.date(s.date()) + ", sa demande " + de(demande.libelleMesure()) + "."),
                Composition.Style.NORMAL);
        page.espace(6);
        String decision = switch (d.issue()) {
            case ACCORD -> "La cellule a donné son accord" + (Redaction.periode(d).isEmpty() ? "."
                    : ", " + Redaction.periode(d) + ".");
            case ACCORD_SOUS_RESERVE -> "La cellule a donné son accord sous réserve"
                    + (Redaction.periode(d).isEmpty() ? "." : ", " + Redaction.periode(d) + ".")
                    + (d.conditions().isEmpty() ? "" : " Condition : " + d.conditions());
            case REFUS -> "La demande n'a pas été retenue.";
            case AJOURNEMENT -> "La cellule a reporté sa décision dans l'attente d'éléments complémentaires, "
                    + "attendus " + Redaction.echeance(d, dateCourrier) + ".";
            case SANS_OBJET -> "La demande est devenue sans objet.";
            case SUIVIE -> throw new IllegalArgumentException("une mesure seulement suivie n'a pas de courrier");
        };
        page.paragraphe(t(decision), Composition.Style.GRAS);
        if ((d.issue() == IssueDecision.ACCORD || d.issue() == IssueDecision.ACCORD_SOUS_RESERVE)
                && demande.entrepriseAccueil() != null) {
            // a training body, an ESPR or a bilan centre is no company: only a work placement has one
            boolean entreprise = demande.mesure().avecEntrepriseAccueil();
            page.paragraphe(t((entreprise ? "Entreprise" : "Organisme") + " d'accueil : "
                    + demande.entrepriseAccueil().nom()
                    + (demande.tuteur().isEmpty() ? "" : " ; tuteur : " + demande.tuteur()) + "."),
                    Composition.Style.NORMAL);
        }
    }

    /**
     * The body: the cell's wording for the outcome (its first paragraph in bold), then what the law requires
     * whatever the wording: the accident declaration of an essai encadré, the appeal route of a refusal, and for an
     * adjournment either its appeal route (if the cell so decided) or that it is not open to appeal.
     */
    private static void corps(Composition page, ContenuSeance contenu, DossierSeance.Point point, Decision d,
                              Demande demande) {
        List<String> paragraphes = Gabarits.remplir(contenu.modelesCourrier().get(d.issue()),
                valeurs(contenu, point, d, demande));
        for (int i = 0; i < paragraphes.size(); i++) {
            page.paragraphe(t(paragraphes.get(i)), i == 0 ? Composition.Style.GRAS : Composition.Style.NORMAL);
        }
        boolean accord = d.issue() == IssueDecision.ACCORD || d.issue() == IssueDecision.ACCORD_SOUS_RESERVE;
        if (accord && demande.mesure() == TypeMesure.ESSAI_ENCADRE) {
            page.paragraphe(t("En cas d'accident pendant l'essai encadré, l'entreprise d'accueil le déclare "
                    + "à l'Assurance Maladie."), Composition.Style.NORMAL);
        }
        if (VoiesDeRecours.refuse(d)) {
            // an accord sous réserve refuses part of what was asked: the same route
            page.espace(4);
            page.paragraphe(t(recours(contenu, d)), Composition.Style.NORMAL);
        } else if (VoiesDeRecours.ajournementAvecRecours(d, contenu.cellule())) {
            page.espace(4);
            page.paragraphe(t(recours(contenu, d)), Composition.Style.NORMAL);
        } else if (d.issue() == IssueDecision.AJOURNEMENT) {
            page.espace(4);
            page.paragraphe(t(AJOURNEMENT_SANS_RECOURS), Composition.Style.NORMAL);
        }
    }

    static Map<String, String> valeurs(ContenuSeance contenu, DossierSeance.Point point, Decision d,
                                       Demande demande) {
        Map<String, String> v = new HashMap<>();
        v.put("assure.civilite", Redaction.civilite(point.assure()));
        v.put("assure.prenom", point.assure().prenom());
        v.put("assure.nom", point.assure().nom().toUpperCase());
        v.put("mesure.libelle", demande.libelleMesure());
        v.put("demande.date", Redaction.date(demande.dateDemande()));
        v.put("seance.date", Redaction.date(contenu.dossier().seance().date()));
        v.put("seance.numero", Integer.toString(contenu.dossier().seance().numero()));
        v.put("decision.periode", Redaction.periode(d));
        v.put("decision.motifs", d.motifs());
        v.put("decision.conditions", d.conditions());
        v.put("decision.elements_manquants", d.elementsManquants());
        // a deadline already gone on the letter's date is never printed
        boolean limiteAVenir = d.dateLimiteElements() != null && !d.dateLimiteElements().isBefore(contenu.dateEdition());
        v.put("decision.date_limite", limiteAVenir ? Redaction.date(d.dateLimiteElements()) : "");
        v.put("decision.echeance", Redaction.echeance(d, contenu.dateEdition()));
        v.put("entreprise.nom", demande.entrepriseAccueil() == null ? "" : demande.entrepriseAccueil().nom());
        v.put("tuteur", demande.tuteur());
        v.put("cellule.nom", contenu.cellule().nom());
        v.put("cellule.telephone", contenu.cellule().telephone());
        v.put("cellule.email", contenu.cellule().email());
        return v;
    }

    /** The notice of a copy: written for the professional who receives it, not for the person it concerns. */
    static String protectionDesDonneesCopie(Cellule cellule, java.util.Optional<String> delegue) {
        return "Protection des données : ce courrier vous est adressé avec l'accord de la personne concernée, pour "
                + "la suite de son accompagnement dans la prévention de la désinsertion professionnelle, dont la "
                + cellule.cpam() + " est responsable du traitement. Il ne peut être utilisé à aucune autre fin ni "
                + "communiqué à un tiers ; conservez-le selon les règles de votre organisme. Délégué à la "
                + "protection des données de la caisse" + delegue.map(d -> " : " + d).orElse("") + ".";
    }

    static String protectionDesDonnees(Cellule cellule, java.util.Optional<String> delegue) {
        return "Protection de vos données : la " + cellule.cpam() + ", responsable du traitement, utilise les "
                + "données de ce dossier pour vous accompagner dans la prévention de la désinsertion "
                + "professionnelle, mission d'intérêt public de l'Assurance Maladie (article 6.1.e du RGPD ; données "
                + "de santé : article 9.2.h). Elles sont communiquées aux seuls membres de la cellule et aux partenaires que "
                + "vous avez acceptés, et conservées " + cellule.conservationAnnees() + " ans après la clôture de "
                + "votre dossier. Vous pouvez y accéder, les faire rectifier, vous opposer à leur utilisation ou en "
                + "demander la limitation auprès du délégué à la protection des données de votre caisse"
                + delegue.map(d -> " (" + d + ")").orElse("") + ". Vous "
                + "pouvez adresser une réclamation à la CNIL (www.cnil.fr).";
    }
}
