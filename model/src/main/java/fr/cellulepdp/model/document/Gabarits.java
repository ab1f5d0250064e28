package fr.cellulepdp.model.document;

import fr.cellulepdp.model.decision.IssueDecision;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The letters' editable wording: the placeholders a template may use, the check that refuses an unknown one (named),
 * the default wording per outcome, and the filling. The appeal route and the data-protection notice are not
 * templates: the law requires them, so the layout always adds them.
 */
public final class Gabarits {

    /** Every placeholder, with what it becomes. */
    public static final Map<String, String> PLACEHOLDERS = Map.ofEntries(
            Map.entry("assure.civilite", "Madame ou Monsieur"),
            Map.entry("assure.prenom", "le prénom de la personne"),
            Map.entry("assure.nom", "le nom de la personne"),
            Map.entry("mesure.libelle", "la mesure demandée"),
            Map.entry("demande.date", "la date de la demande"),
            Map.entry("seance.date", "la date de la séance"),
            Map.entry("seance.numero", "le numéro de la séance"),
            Map.entry("decision.periode", "la période et le montant accordés"),
            Map.entry("decision.motifs", "les motifs de la décision"),
            Map.entry("decision.conditions", "les conditions de l'accord"),
            Map.entry("decision.elements_manquants", "les éléments attendus (ajournement)"),
            Map.entry("decision.date_limite", "la date limite des éléments attendus (vide si passée)"),
            Map.entry("decision.echeance", "« avant le » et la date limite, ou « dès que possible » si passée"),
            Map.entry("entreprise.nom", "l'entreprise d'accueil"),
            Map.entry("tuteur", "le tuteur"),
            Map.entry("cellule.nom", "le nom de la cellule"),
            Map.entry("cellule.telephone", "le téléphone de la cellule"),
            Map.entry("cellule.email", "le courriel de la cellule"));

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");

    private static final Map<IssueDecision, String> PAR_DEFAUT = new EnumMap<>(Map.of(
            IssueDecision.ACCORD, "La cellule a donné son accord à cette mesure, {{decision.periode}}.\n"
                    + "Elle se déroulera chez {{entreprise.nom}}, avec pour tuteur {{tuteur}}.\n"
                    + "Pendant la mesure, vos indemnités journalières sont maintenues et votre contrat de travail "
                    + "reste suspendu.",
            IssueDecision.ACCORD_SOUS_RESERVE, "La cellule a donné son accord sous réserve à cette mesure, "
                    + "{{decision.periode}}.\n"
                    + "Condition à remplir : {{decision.conditions}}\n"
                    + "Pendant la mesure, vos indemnités journalières sont maintenues et votre contrat de travail "
                    + "reste suspendu.",
            IssueDecision.REFUS, "La cellule n'a pas pu donner une suite favorable à votre demande.\n"
                    + "Motifs : {{decision.motifs}}",
            IssueDecision.AJOURNEMENT, "La cellule a reporté sa décision : des éléments manquent pour statuer.\n"
                    + "Éléments à transmettre : {{decision.elements_manquants}}\n"
                    + "Merci de les adresser à la cellule {{decision.echeance}}. Votre demande sera alors "
                    + "examinée à nouveau.",
            IssueDecision.SANS_OBJET, "La cellule a constaté que votre demande est devenue sans objet.\n"
                    + "Motif : {{decision.motifs}}"));

    private Gabarits() {
    }

    public static String parDefaut(IssueDecision issue) {
        return PAR_DEFAUT.get(issue);
    }

    /** The placeholders of {@code texte} that do not exist, in order of appearance, each once. */
    public static List<String> inconnus(String texte) {
        return inconnus(texte, PLACEHOLDERS.keySet());
    }

    /** The placeholders of {@code texte} not among {@code connus} (another letter's fields), each once. */
    public static List<String> inconnus(String texte, Set<String> connus) {
        Set<String> inconnus = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(texte);
        while (m.find()) {
            if (!connus.contains(m.group(1))) {
                inconnus.add(m.group(1));
            }
        }
        return new ArrayList<>(inconnus);
    }

    /**
     * The paragraphs of the text with each placeholder replaced by its value. A line that uses a placeholder
     * without value (no host company, no tutor...) is left out rather than printed half empty.
     */
    public static List<String> remplir(String texte, Map<String, String> valeurs) {
        List<String> paragraphes = new ArrayList<>();
        for (String ligne : texte.split("\n")) {
            Matcher m = PLACEHOLDER.matcher(ligne);
            StringBuilder resultat = new StringBuilder();
            boolean complete = true;
            while (m.find()) {
                String valeur = valeurs.getOrDefault(m.group(1), "");
                complete &= !valeur.isBlank();
                m.appendReplacement(resultat, Matcher.quoteReplacement(valeur));
            }
            m.appendTail(resultat);
            if (complete && !resultat.toString().isBlank()) {
                paragraphes.add(resultat.toString().strip());
            }
        }
        return paragraphes;
    }
}
