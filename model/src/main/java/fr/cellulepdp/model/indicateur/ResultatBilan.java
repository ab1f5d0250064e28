package fr.cellulepdp.model.indicateur;

import fr.cellulepdp.model.commun.Nombres;
import fr.cellulepdp.model.indicateur.DefinitionsBilan.Figure;
import fr.cellulepdp.model.indicateur.DefinitionsBilan.Formule;
import fr.cellulepdp.model.indicateur.DefinitionsBilan.Mediane;
import fr.cellulepdp.model.indicateur.DefinitionsBilan.Montant;
import fr.cellulepdp.model.indicateur.DefinitionsBilan.Moyenne;
import fr.cellulepdp.model.indicateur.DefinitionsBilan.Part;
import fr.cellulepdp.model.indicateur.DefinitionsBilan.Somme;
import java.util.List;

/**
 * A figure evaluated over the facts of one cell, or of several added up (a consolidation's total). {@code valeur} is
 * null when it cannot be given: a part hidden by the small-count suppression, a median of several cells, an empty
 * denominator. A count with hidden parts keeps the sum of the parts known, as a lower bound ({@code masques} > 0).
 */
public record ResultatBilan(Double valeur, int masques, String texte) {

    /** True when {@code valeur} is the exact figure (no part hidden). */
    public boolean exact() {
        return valeur != null && masques == 0;
    }

    public static ResultatBilan evaluer(Figure figure, List<FaitsBilan> cellules) {
        Formule f = figure.formule();
        if (f instanceof Somme s) {
            return compte(s.faits(), cellules);
        }
        if (f instanceof Montant m) {
            ResultatBilan centimes = compte(List.of(m.fait()), cellules);
            return centimes.masques > 0 ? masque() : new ResultatBilan(centimes.valeur / 100,
                    0, euros(centimes.valeur / 100));
        }
        if (f instanceof Moyenne m) {
            ResultatBilan somme = compte(List.of(m.somme()), cellules);
            ResultatBilan effectif = compte(List.of(m.effectif()), cellules);
            if (somme.masques > 0 || effectif.masques > 0) {
                return masque();
            }
            if (effectif.valeur == 0) {
                return new ResultatBilan(null, 0, "—");
            }
            double moyenne = somme.valeur / effectif.valeur / (m.euros() ? 100 : 1);
            return new ResultatBilan(moyenne, 0, decimal(moyenne));
        }
        if (f instanceof Part p) {
            ResultatBilan numerateur = compte(p.numerateur(), cellules);
            ResultatBilan denominateur = compte(List.of(p.denominateur()), cellules);
            if (numerateur.masques > 0 || denominateur.masques > 0) {
                return masque();
            }
            if (denominateur.valeur == 0) {
                return new ResultatBilan(null, 0, "—");
            }
            double part = numerateur.valeur / denominateur.valeur;
            return new ResultatBilan(part, 0, Indicateurs.pourcentage(part));
        }
        Mediane m = (Mediane) f;
        if (cellules.size() != 1) {
            return new ResultatBilan(null, 0, "non consolidable");
        }
        Double mediane = cellules.get(0).medianes().get(m.cle());
        return mediane == null ? new ResultatBilan(null, 0, "—") : new ResultatBilan(mediane, 0, decimal(mediane));
    }

    /** The change from {@code precedent} to {@code actuel}: a difference, and for counts its rate; "" if unknown. */
    public static String evolution(Figure figure, ResultatBilan actuel, ResultatBilan precedent) {
        if (!actuel.exact() || !precedent.exact()) {
            return "";
        }
        double ecart = actuel.valeur - precedent.valeur;
        Formule f = figure.formule();
        if (f instanceof Part) {
            return signe(ecart * 100) + decimal(Math.abs(ecart * 100)) + "\u00a0pt";
        }
        if (f instanceof Moyenne || f instanceof Mediane) {
            return signe(ecart) + decimal(Math.abs(ecart));
        }
        String difference = signe(ecart) + (f instanceof Montant ? euros(Math.abs(ecart)) : entier(Math.abs(ecart)));
        return precedent.valeur == 0 ? difference
                : difference + " (" + signe(ecart) + Indicateurs.pourcentage(Math.abs(ecart) / precedent.valeur) + ")";
    }

    private static ResultatBilan compte(List<String> faits, List<FaitsBilan> cellules) {
        long connu = 0;
        int masques = 0;
        for (FaitsBilan cellule : cellules) {
            for (String fait : faits) {
                if (cellule.masque(fait)) {
                    masques++;
                } else {
                    connu += cellule.valeur(fait);
                }
            }
        }
        String texte = masques == 0 ? entier(connu)
                : connu == 0 ? "masqué" : "≥\u00a0" + entier(connu);
        return new ResultatBilan((double) connu, masques, texte);
    }

    private static ResultatBilan masque() {
        return new ResultatBilan(null, 1, "masqué");
    }

    private static String signe(double ecart) {
        return ecart > 0 ? "+" : ecart < 0 ? "−" : "";
    }

    /** "10 928". */
    public static String entier(double n) {
        return Nombres.entier(n);
    }

    /** "47,5". */
    public static String decimal(double n) {
        return Nombres.decimal(n);
    }

    /** "1 358 601,00 €". */
    public static String euros(double n) {
        return Nombres.euros(n);
    }
}
