package fr.cellulepdp.app.importation;

import fr.cellulepdp.model.importation.ApercuImport;
import fr.cellulepdp.model.importation.ClasseLigne;
import fr.cellulepdp.model.importation.LigneClassee;
import fr.cellulepdp.model.importation.ResultatImport;
import java.util.List;
import java.util.stream.Collectors;

/** The import report, as French text or as JSON for scripts. Row reasons never quote a NIR or a name. */
public final class RapportImport {

    private RapportImport() {
    }

    public static String texte(ApercuImport apercu, ResultatImport resultat, List<String> colonnesIgnorees) {
        StringBuilder texte = new StringBuilder(apercu.resumeEnFrancais());
        if (!colonnesIgnorees.isEmpty()) {
            texte.append(System.lineSeparator()).append("colonne(s) inconnue(s), ignorée(s) : ")
                    .append(String.join(", ", colonnesIgnorees)).append('.');
        }
        for (LigneClassee erreur : apercu.erreurs()) {
            texte.append(System.lineSeparator()).append("ligne ").append(erreur.numeroLigne()).append(" : ")
                    .append(erreur.motif());
        }
        texte.append(System.lineSeparator()).append(resultat.situationsCreees()).append(" situation(s) créée(s).");
        return texte.toString();
    }

    /** {"new":N,"alreadyFollowed":N,"errors":[{"line":N,"reason":"..."}],"ignoredColumns":["..."]} */
    public static String json(ApercuImport apercu, List<String> colonnesIgnorees) {
        String erreurs = apercu.erreurs().stream()
                .map(e -> "{\"line\":" + e.numeroLigne() + ",\"reason\":" + chaineJson(e.motif()) + "}")
                .collect(Collectors.joining(","));
        return "{\"new\":" + apercu.nombre(ClasseLigne.NOUVELLE) + ",\"alreadyFollowed\":"
                + apercu.nombre(ClasseLigne.DEJA_SUIVIE) + ",\"errors\":[" + erreurs + "],\"ignoredColumns\":["
                + colonnesIgnorees.stream().map(RapportImport::chaineJson).collect(Collectors.joining(",")) + "]}";
    }

    /** The file refused as a whole (unreadable, no header, a column missing or twice), as the same JSON shape. */
    public static String jsonFichierRefuse(String raison) {
        return "{\"new\":0,\"alreadyFollowed\":0,\"errors\":[{\"line\":1,\"reason\":" + chaineJson(raison)
                + "}],\"ignoredColumns\":[]}";
    }

    /** A JSON string literal (RFC 8259): quotes, backslashes and control characters escaped. */
    public static String chaineJson(String texte) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : texte.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
