package fr.cellulepdp.model.situation;

import fr.cellulepdp.model.commun.Textes;
import java.util.UUID;

/**
 * What the Situations page searches for. The text matches the file number, and, when {@code parNom} is set,
 * the person's name and the employer; a complete valid NIR matches that NIR exactly (never by part).
 * Null filters are not applied. At most {@code limite} rows are returned, from {@code decalage}. {@code partage},
 * set for a partner, keeps only the files whose person's consent, valid on its day, covers that partner.
 */
public record CritereSituations(String texte, boolean parNom, StatutSituation statut, Origine origine, Risque risque,
                                UUID referentId, Boolean urgent, Boolean complexe, boolean avecDemandesEnAttente,
                                int decalage, int limite, Partage partage) {

    /** The files a partner may see: consent given by {@code jour}, not withdrawn, covering {@code partenaire}. */
    public record Partage(Partenaire partenaire, java.time.LocalDate jour) {
    }

    /** Every file the user's rights allow (an internal member's search). */
    public CritereSituations(String texte, boolean parNom, StatutSituation statut, Origine origine, Risque risque,
                             UUID referentId, Boolean urgent, Boolean complexe, boolean avecDemandesEnAttente,
                             int decalage, int limite) {
        this(texte, parNom, statut, origine, risque, referentId, urgent, complexe, avecDemandesEnAttente, decalage,
                limite, null);
    }

    public static final int LIMITE_PAR_DEFAUT = 500;

    public CritereSituations {
        texte = Textes.nonNul(texte);
        if (limite <= 0 || decalage < 0) {
            throw new IllegalArgumentException("limite ou décalage invalide");
        }
    }

    public static CritereSituations tout() {
        return new CritereSituations("", true, null, null, null, null, null, null, false, 0, LIMITE_PAR_DEFAUT);
    }

    public CritereSituations avecParNom(boolean autorise) {
        return new CritereSituations(texte, autorise, statut, origine, risque, referentId, urgent, complexe,
                avecDemandesEnAttente, decalage, limite, partage);
    }

    /** The same criteria for one row more than the page, which tells whether more files match (no count). */
    public CritereSituations avecUneLigneDePlus() {
        return limite == Integer.MAX_VALUE ? this : new CritereSituations(texte, parNom, statut, origine, risque,
                referentId, urgent, complexe, avecDemandesEnAttente, decalage, limite + 1, partage);
    }

    public CritereSituations avecPartage(Partage limite) {
        return new CritereSituations(texte, parNom, statut, origine, risque, referentId, urgent, complexe,
                avecDemandesEnAttente, decalage, this.limite, limite);
    }
}
