package fr.cellulepdp.model.indicateur;

import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.document.DocumentPdf;
import java.time.LocalDate;

/** Port: lays the cell's review out as a PDF/A document with its charts and tables (the reports module). */
@FunctionalInterface
public interface GenerateurBilan {

    DocumentPdf bilan(ContenuBilan contenu);

    /** What the review shows: the letterhead (cell, logo or null), the figures, and the day it was made. */
    record ContenuBilan(Cellule cellule, byte[] logo, Indicateurs indicateurs, LocalDate editeLe) {
    }
}
