package fr.cellulepdp.model.situation;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** File numbers "PDP-2026-0042": the next one after the highest of the year. */
public final class NumerotationDossiers {

    private final String prefixe;
    private int dernier;

    public NumerotationDossiers(int annee, Collection<String> existants) {
        this.prefixe = "PDP-" + annee + "-";
        Pattern forme = Pattern.compile(Pattern.quote(prefixe) + "(\\d+)");
        for (String numero : existants) {
            Matcher m = forme.matcher(numero);
            if (m.matches()) {
                dernier = Math.max(dernier, Integer.parseInt(m.group(1)));
            }
        }
    }

    public String suivant() {
        return prefixe + String.format(Locale.ROOT, "%04d", ++dernier);
    }
}
