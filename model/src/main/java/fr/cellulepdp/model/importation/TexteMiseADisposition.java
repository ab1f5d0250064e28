package fr.cellulepdp.model.importation;

import java.util.List;
import java.util.Map;

/**
 * The wording of the « courrier de mise à disposition »: the default one (from the CPAM de la Nièvre's leaflet,
 * seed 002), its placeholders and their meaning for Paramètres. It offers, it does not summon: the person is free.
 */
public final class TexteMiseADisposition {

    public static final Map<String, String> PLACEHOLDERS = Map.of(
            "assure.civilite", "Madame / Monsieur",
            "assure.prenom", "prénom de la personne",
            "assure.nom", "nom de la personne (en capitales)",
            "arret.debut", "date du début de l’arrêt de travail",
            "situation.numero", "numéro du dossier",
            "cellule.nom", "nom de la cellule",
            "cellule.telephone", "téléphone de la cellule",
            "cellule.email", "adresse électronique de la cellule");

    public static final String PAR_DEFAUT = String.join("\n",
            "Vous êtes en arrêt de travail depuis le {{arret.debut}}. Le service social de l’Assurance Maladie "
                    + "vous propose un accompagnement pour préparer votre retour à l’emploi.",
            "Cet accompagnement commence par un diagnostic de votre situation personnelle et professionnelle. Il "
                    + "peut vous aider à lever les freins à votre reprise, à vous informer sur les dispositifs "
                    + "existants (visite de pré-reprise, bilan de compétences, essai encadré, formation, "
                    + "aménagement du poste, temps partiel thérapeutique…) et, quand votre état de santé le permet, "
                    + "à engager une action de remobilisation pendant votre arrêt de travail.",
            "Cette proposition ne vous engage à rien et ne modifie pas vos indemnités journalières. Si vous "
                    + "souhaitez en bénéficier, prenez contact avec nous au {{cellule.telephone}}, par votre compte "
                    + "ameli (rubrique « Ma messagerie ») ou en répondant à l’adresse {{cellule.email}}, en "
                    + "rappelant la référence de ce courrier.");

    private TexteMiseADisposition() {
    }

    /** The placeholders of {@code texte} that do not exist, in order of appearance, each once. */
    public static List<String> inconnus(String texte) {
        return fr.cellulepdp.model.document.Gabarits.inconnus(texte, PLACEHOLDERS.keySet());
    }
}
