package fr.cellulepdp.reports.notification;

import fr.cellulepdp.reports.redaction.Redaction;

import static fr.cellulepdp.reports.redaction.Redaction.t;

import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.document.DocumentPdf;
import fr.cellulepdp.model.notification.RemettreCodePersonnel.PageCode;
import fr.cellulepdp.model.notification.RemettreCodePersonnel.Remise;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.Sexe;
import fr.cellulepdp.reports.pdf.Composition;
import fr.cellulepdp.reports.pdf.Metadonnees;
import java.util.List;

/**
 * The person's personal code on paper, outside a decision letter: the page they keep, with the code and how to
 * use it; then, on a second sheet, the consent receipt they sign and hand (or send) back to the cell — which never
 * shows the code, so that the cell's filed copy does not hold it.
 */
public final class CodePersonnelPdf {

    private CodePersonnelPdf() {
    }

    public static DocumentPdf generer(PageCode p) {
        Cellule cellule = p.cellule();
        Assure a = p.assure();
        String civilite = Redaction.civilite(a);
        try (Composition page = new Composition()) {
            Redaction.enTete(page, cellule, null);
            Redaction.adresseDeLaPersonne(page, a);
            page.espace(14);
            page.aDroite(cellule.villeDesCourriers() + ", le " + Redaction.date(p.le()), Composition.Style.NORMAL);
            page.espace(10);
            page.paragraphe(t("Objet : vos courriers par courriel — votre code personnel"), Composition.Style.GRAS);
            page.espace(10);
            page.paragraphe(civilite + ",", Composition.Style.NORMAL);
            page.espace(4);
            page.paragraphe(t("Vous avez accepté de recevoir les courriers de la cellule à l'adresse " + a.email()
                    + ". Ils vous parviendront en pièce jointe protégée. Pour les ouvrir, saisissez votre code "
                    + "personnel, tel qu'il est imprimé ci-dessous (majuscules et tirets compris)."),
                    Composition.Style.NORMAL);
            if (p.remplace()) {
                page.espace(4);
                page.paragraphe(t("Ce code remplace le précédent : celui-ci n'ouvrira pas les courriers à venir."),
                        Composition.Style.NORMAL);
            }
            page.espace(8);
            page.garderEnsemble(40);
            page.paragraphe("Votre code personnel :   " + p.code(), Composition.Style.SOUS_TITRE);
            page.espace(8);
            page.paragraphe(t("Conservez ce courrier : nous ne vous demanderons jamais ce code, et il ne figurera "
                    + "dans aucun courriel. Si vous l'avez perdu, si quelqu'un d'autre a pu le voir, ou si vous "
                    + "préférez recevoir de nouveau vos courriers par la poste, appelez la cellule au "
                    + cellule.telephone() + " : un nouveau code vous sera remis sur papier."),
                    Composition.Style.NORMAL);
            page.espace(6);
            page.paragraphe(t("Je vous prie d'agréer, " + civilite + ", l'expression de mes salutations distinguées."),
                    Composition.Style.NORMAL);
            page.espace(6);
            page.paragraphe(t(cellule.signataire() + ", " + cellule.signataireFonction()), Composition.Style.NORMAL);
            recepisse(page, p);
            String titre = "Code personnel pour les courriers par courriel";
            return new DocumentPdf(page.terminer(new Metadonnees(titre, cellule.nom(), titre),
                    "Code personnel — " + Redaction.date(p.le())), List.of());
        }
    }

    /** The consent receipt the cell files: who, which address, when and how the code was given — not the code. */
    private static void recepisse(Composition page, PageCode p) {
        Assure a = p.assure();
        // on a sheet of its own: the person keeps the code, the cell files the signed receipt
        page.sautDePage();
        Redaction.enTete(page, p.cellule(), null);
        page.titre(p.remise() == Remise.EN_MAIN_PROPRE ? "Récépissé à remettre à la cellule"
                : "Récépissé à renvoyer signé à la cellule");
        String e = a.sexe() == Sexe.FEMININ ? "e" : a.sexe() == Sexe.MASCULIN ? "" : "(e)";
        page.paragraphe(t("Je soussigné" + e + " " + a.prenom() + " " + a.nom().toUpperCase() + ", né" + e + " le "
                + Redaction.date(a.dateNaissance()) + ", accepte de recevoir à l'adresse électronique " + a.email()
                + ", en pièce jointe protégée par un code personnel, les courriers que m'adresse la cellule de "
                + "prévention de la désinsertion professionnelle de la " + p.cellule().cpam() + ", et reconnais "
                + "avoir reçu ce code " + (p.remise() == Remise.EN_MAIN_PROPRE ? "en main propre" : "par courrier "
                + "postal") + " le " + Redaction.date(p.le()) + "."), Composition.Style.NORMAL);
        page.espace(4);
        page.paragraphe(t("Je peux retirer ce consentement à tout moment en le faisant savoir à la cellule : mes "
                + "courriers me seront alors envoyés par la poste."), Composition.Style.NORMAL);
        page.espace(10);
        page.paragraphe("Fait à ………………………………, le ……………………", Composition.Style.NORMAL);
        page.espace(10);
        page.paragraphe("Signature :", Composition.Style.NORMAL);
        page.espace(40);
    }
}
