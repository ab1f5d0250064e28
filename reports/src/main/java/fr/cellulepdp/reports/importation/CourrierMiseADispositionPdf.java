package fr.cellulepdp.reports.importation;

import fr.cellulepdp.reports.notification.CourrierNotificationPdf;
import fr.cellulepdp.reports.redaction.Redaction;

import static fr.cellulepdp.reports.redaction.Redaction.t;

import fr.cellulepdp.model.annuaire.Organisation;
import fr.cellulepdp.model.annuaire.TypeOrganisation;
import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.document.DocumentPdf;
import fr.cellulepdp.model.document.Gabarits;
import fr.cellulepdp.model.importation.GenerateurMiseADisposition;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.reports.pdf.Composition;
import fr.cellulepdp.reports.pdf.Metadonnees;
import java.util.List;
import java.util.Optional;

/**
 * The « courrier de mise à disposition » (seed 002): the social service offers its accompaniment to a person on
 * sick leave for two months. Same letterhead, date line, reference, signatory and data-protection notice as the
 * decision letters; no signature frame (a printed offer, not a decision) and no appeal route (nothing is decided).
 */
public final class CourrierMiseADispositionPdf {

    private CourrierMiseADispositionPdf() {
    }

    public static DocumentPdf generer(GenerateurMiseADisposition.Contenu contenu) {
        Cellule cellule = contenu.cellule();
        Assure a = contenu.assure();
        String numero = contenu.situation().numeroDossier();
        try (Composition page = new Composition()) {
            Redaction.enTete(page, cellule, contenu.logo());
            Redaction.adresseDeLaPersonne(page, a);
            page.espace(14);
            page.aDroite(cellule.villeDesCourriers() + ", le " + Redaction.date(contenu.dateEdition()),
                    Composition.Style.NORMAL);
            page.espace(10);
            page.paragraphe(t("Référence : " + numero), Composition.Style.NORMAL);
            page.paragraphe(t("Objet : proposition d'accompagnement pour préparer votre retour à l'emploi"),
                    Composition.Style.GRAS);
            page.espace(10);
            String civilite = Redaction.civilite(a);
            page.paragraphe(civilite + ",", Composition.Style.NORMAL);
            page.espace(4);
            // dates written out as in the decision letters (« 1er août 2026 »)
            java.util.Map<String, String> valeurs = new java.util.HashMap<>(contenu.valeurs());
            if (contenu.situation().debutArret() != null) {
                valeurs.put("arret.debut", Redaction.date(contenu.situation().debutArret()));
            }
            for (String paragraphe : Gabarits.remplir(contenu.modele(), valeurs)) {
                page.paragraphe(t(paragraphe), Composition.Style.NORMAL);
                page.espace(4);
            }
            page.espace(2);
            page.paragraphe(t("Je vous prie d'agréer, " + civilite + ", l'expression de mes salutations distinguées."),
                    Composition.Style.NORMAL);
            page.espace(10);
            if (!cellule.signataireDelegation().isEmpty()) {
                page.paragraphe(t(cellule.signataireDelegation()), Composition.Style.NORMAL);
            }
            page.paragraphe(cellule.signataire(), Composition.Style.GRAS);
            page.paragraphe(t(cellule.signataireFonction()), Composition.Style.NORMAL);
            page.espace(16);
            Optional<String> delegue = contenu.annuaire().stream()
                    .filter(o -> o.type() == TypeOrganisation.PROTECTION_DONNEES).findFirst()
                    .map(CourrierMiseADispositionPdf::coordonnees);
            page.paragraphe(t(CourrierNotificationPdf.protectionDesDonnees(cellule, delegue)), Composition.Style.PETIT);
            return new DocumentPdf(page.terminer(new Metadonnees("Courrier de mise à disposition — " + numero,
                    cellule.nom(), "Proposition d'accompagnement du service social"), numero), List.of());
        }
    }

    private static String coordonnees(Organisation o) {
        return CourrierNotificationPdf.coordonnees(o);
    }
}
