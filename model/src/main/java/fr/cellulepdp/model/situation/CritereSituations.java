package fr.cellulepdp.model.situation;

import fr.cellulepdp.model.cellule.Partenaire;
import fr.cellulepdp.model.commun.Textes;
import java.util.UUID;

/**
 * What the Situations page searches for. The text matches the file number, and, when {@code parNom} is set,
 * the person's name and the employer; a complete valid NIR matches that NIR exactly (never by part).
 * Null filters are not applied. At most {@code limite} rows are returned, from {@code decalage}, and when
 * {@code apres} is set only files older than that file number (the next page of a list read newest first: an index
 * range from the last row shown, not an offset that reads and skips the rows before). {@code partage}, set for a
 * partner, keeps only the files whose person's consent, valid on its day, covers that partner.
 */
public record CritereSituations(String texte, boolean parNom, StatutSituation statut, Origine origine, Risque risque,
                                UUID referentId, Boolean urgent, Boolean complexe, boolean avecDemandesEnAttente,
                                int decalage, int limite, Partage partage, String apres) {

    /** The files a partner may see: consent given by {@code jour}, not withdrawn, covering {@code partenaire}. */
    public record Partage(Partenaire partenaire, java.time.LocalDate jour) {
    }

    /** Every file the user's rights allow (an internal member's search). */
    public CritereSituations(String texte, boolean parNom, StatutSituation statut, Origine origine, Risque risque,
                             UUID referentId, Boolean urgent, Boolean complexe, boolean avecDemandesEnAttente,
                             int decalage, int limite) {
        this(texte, parNom, statut, origine, risque, referentId, urgent, complexe, avecDemandesEnAttente, decalage,
                limite, null, null);
    }

    public CritereSituations(String texte, boolean parNom, StatutSituation statut, Origine origine, Risque risque,
                             UUID referentId, Boolean urgent, Boolean complexe, boolean avecDemandesEnAttente,
                             int decalage, int limite, Partage partage) {
        this(texte, parNom, statut, origine, risque, referentId, urgent, complexe, avecDemandesEnAttente, decalage,
                limite, partage, null);
    }

    /**
     * One page of the Situations list: a few screenfuls (a table shows about 25 rows); the next page is read when
     * the user scrolls to its end ({@link #pageApres(String)}).
     */
    public static final int LIMITE_PAR_DEFAUT = 100;

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
                avecDemandesEnAttente, decalage, limite, partage, apres);
    }

    /** The same criteria for one row more than the page, which tells whether more files match (no count). */
    public CritereSituations avecUneLigneDePlus() {
        return limite == Integer.MAX_VALUE ? this : new CritereSituations(texte, parNom, statut, origine, risque,
                referentId, urgent, complexe, avecDemandesEnAttente, decalage, limite + 1, partage, apres);
    }

    public CritereSituations avecPartage(Partage limite) {
        return new CritereSituations(texte, parNom, statut, origine, risque, referentId, urgent, complexe,
                avecDemandesEnAttente, decalage, this.limite, limite, apres);
    }

    /** The same criteria for the files older than this file number: the page after the one ending with it. */
    public CritereSituations pageApres(String numeroDossier) {
        return new CritereSituations(texte, parNom, statut, origine, risque, referentId, urgent, complexe,
                avecDemandesEnAttente, 0, limite, partage, numeroDossier);
    }
}
