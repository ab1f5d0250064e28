package fr.cellulepdp.model.document;

import fr.cellulepdp.model.annuaire.Organisation;
import fr.cellulepdp.model.annuaire.TypeOrganisation;
import fr.cellulepdp.model.cellule.Cellule;
import java.util.ArrayList;
import java.util.List;

/**
 * What the law requires a decision letter to say, checked against the settings before any letter is made: the
 * controller and the data-protection officer (every letter's notice), the signatory and the delegation under which
 * they sign, and, for a letter that refuses anything, the appeal body with its address (and, for a refusal resting on
 * the medical service's opinion, the commission médicale de recours amiable). Each missing one is named with where it
 * is set.
 */
public final class MentionsLegales {

    /** The setting's name as Paramètres shows it, and as the message of a missing appeal body names it. */
    public static final String LIBELLE_RECOURS_SUR_AJOURNEMENT = "Les courriers d’ajournement donnent la voie de "
            + "recours";

    private MentionsLegales() {
    }

    /** @param refuse true when at least one letter refuses something (refusal, accord sous réserve) */
    public static List<String> manquantes(Cellule cellule, List<Organisation> annuaire, boolean refuse) {
        return manquantes(cellule, annuaire, refuse, false);
    }

    /**
     * @param refuseMotifMedical true when at least one of those refusals rests on the medical service's unfavourable
     *                           opinion, whose route is the commission médicale de recours amiable
     */
    public static List<String> manquantes(Cellule cellule, List<Organisation> annuaire, boolean refuse,
                                          boolean refuseMotifMedical) {
        return manquantes(cellule, annuaire, refuse, refuseMotifMedical, false);
    }

    /**
     * @param ajournementAvecRecours true when at least one letter is an adjournment and the cell has decided that
     *                               such letters give the appeal route: the appeal body is then needed even
     *                               without any refusal, and the message says which setting asks for it
     */
    public static List<String> manquantes(Cellule cellule, List<Organisation> annuaire, boolean refuse,
                                          boolean refuseMotifMedical, boolean ajournementAvecRecours) {
        List<String> manquantes = new ArrayList<>();
        if (cellule.cpam().isBlank()) {
            manquantes.add("la caisse responsable du traitement (Paramètres › Cellule)");
        }
        if (cellule.signataire().isBlank() || cellule.signataireFonction().isBlank()) {
            manquantes.add("le nom et la fonction du signataire (Paramètres › Cellule)");
        }
        if (cellule.signataireDelegation().isBlank()) {
            manquantes.add("la délégation sous laquelle le signataire signe (Paramètres › Cellule)");
        }
        if (absent(annuaire, TypeOrganisation.PROTECTION_DONNEES, false)) {
            manquantes.add("le délégué à la protection des données (Annuaire, type « "
                    + TypeOrganisation.PROTECTION_DONNEES.libelle() + " »)");
        }
        if ((refuse || ajournementAvecRecours) && absent(annuaire, TypeOrganisation.RECOURS, true)) {
            manquantes.add("la voie de recours avec son adresse postale (Annuaire, type « "
                    + TypeOrganisation.RECOURS.libelle() + " »)" + (refuse ? ""
                    : ", que vos courriers d’ajournement donnent (Paramètres › Courriers, « "
                            + LIBELLE_RECOURS_SUR_AJOURNEMENT + " »)"));
        }
        if (refuseMotifMedical && absent(annuaire, TypeOrganisation.RECOURS_MEDICAL, true)) {
            manquantes.add("la voie de recours pour motif médical avec son adresse postale (Annuaire, type « "
                    + TypeOrganisation.RECOURS_MEDICAL.libelle() + " »)");
        }
        return manquantes;
    }

    /** True when the directory has no active organisation of this type (with a postal address when asked). */
    private static boolean absent(List<Organisation> annuaire, TypeOrganisation type, boolean avecAdresse) {
        return annuaire.stream().noneMatch(o -> o.actif() && o.type() == type
                && (!avecAdresse || o.adresse().estPostale()));
    }
}
