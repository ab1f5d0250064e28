package fr.cellulepdp.model.importation;

import fr.cellulepdp.model.annuaire.Organisation;
import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.document.DocumentPdf;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.Situation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Port: lays out the « courrier de mise à disposition » as PDF/A (the reports module implements it). */
@FunctionalInterface
public interface GenerateurMiseADisposition {

    /**
     * What the letter says: the cell (letterhead, signatory), the person and their file, the date, the cell's
     * wording filled with {@code valeurs}, and the directory (the data-protection officer's address).
     */
    record Contenu(Cellule cellule, byte[] logo, Assure assure, Situation situation, LocalDate dateEdition,
                   String modele, Map<String, String> valeurs, List<Organisation> annuaire) {
    }

    DocumentPdf courrier(Contenu contenu);
}
