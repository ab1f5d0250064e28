package fr.cellulepdp.model.cellule;

import fr.cellulepdp.model.commun.SaisieInvalideException;

/**
 * Who may change what (DESIGN.md §2), checked by each use case before it reads or writes, whatever the window
 * shows: the coordinatrice alone runs the cell (meetings, documents, sending, settings, accounts); she and the
 * social and medical référents write the files; every internal member records attendance and decisions in a
 * meeting; a partner writes nothing.
 */
public final class Droits {

    private Droits() {
    }

    /**
     * @param action what is refused, as it ends « seule la coordinatrice … » (e.g. "planifie les séances")
     * @throws SaisieInvalideException for anyone but the coordinatrice
     */
    public static void coordinatrice(Utilisateur acteur, String champ, String action) {
        if (acteur.role() != Role.COORDINATRICE) {
            throw new SaisieInvalideException(champ, "seule la coordinatrice " + action + ".");
        }
    }

    /**
     * What only the cell's internal members do or read ({@code action}: « lisent les suivis »): a partner co-follows
     * some files, he does not work the cell's own lists.
     *
     * @throws SaisieInvalideException for a partner
     */
    public static void internes(Utilisateur acteur, String champ, String action) {
        if (!acteur.role().estInterne()) {
            throw new SaisieInvalideException(champ, "seuls les membres internes de la cellule " + action + ".");
        }
    }

    /** @throws SaisieInvalideException for a référent administratif or a partner, who read files but do not write them */
    public static void dossiers(Utilisateur acteur, String champ) {
        if (!acteur.role().ecritDossiers()) {
            throw new SaisieInvalideException(champ, "les dossiers sont créés et modifiés par la coordinatrice et les "
                    + "référents sociaux et médicaux (" + acteur.role().libelle().toLowerCase() + " : lecture seule).");
        }
    }

    /** @throws SaisieInvalideException for a partner, who takes no part in recording a meeting */
    public static void interne(Utilisateur acteur, String champ) {
        if (!acteur.role().estInterne()) {
            throw new SaisieInvalideException(champ, "un partenaire donne son avis en séance ; il n'enregistre ni "
                    + "présences ni décisions.");
        }
    }
}
