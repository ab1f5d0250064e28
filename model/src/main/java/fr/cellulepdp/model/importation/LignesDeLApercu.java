package fr.cellulepdp.model.importation;

import fr.cellulepdp.model.commun.SaisieInvalideException;
import java.util.BitSet;

/**
 * The window's import: exactly the rows its preview called new, read again from the file. A row that no longer
 * reads as it did, or a file with fewer rows, means the file changed since the preview: the whole import is refused.
 */
final class LignesDeLApercu implements LignesAEcrire {

    private final ApercuImport apercu;
    private final BitSet attendues;
    private final int total;
    private int faites;

    LignesDeLApercu(ApercuImport apercu) {
        this.apercu = apercu;
        this.attendues = apercu.lignesNouvelles();
        this.total = attendues.cardinality();
    }

    @Override
    public boolean aCreer(ClassementParLots.Classee classee) {
        int numero = classee.ligne().numeroLigne();
        if (!attendues.get(numero)) {
            return false;
        }
        faites++;
        if (classee.ligne().classe() == ClasseLigne.ERREUR) {
            throw new SaisieInvalideException("fichier", "le fichier a changé depuis l'aperçu (ligne " + numero
                    + ") : relancez l'import.");
        }
        // a row new in the preview that another import has since brought in is left out
        return classee.ligne().classe() == ClasseLigne.NOUVELLE;
    }

    @Override
    public int faites() {
        return faites;
    }

    @Override
    public int total() {
        return total;
    }

    @Override
    public void verifierFin() {
        if (faites != total) {
            throw new SaisieInvalideException("fichier", "le fichier a changé depuis l'aperçu : relancez l'import.");
        }
    }

    @Override
    public int lignes() {
        return apercu.lignes().size();
    }
}
