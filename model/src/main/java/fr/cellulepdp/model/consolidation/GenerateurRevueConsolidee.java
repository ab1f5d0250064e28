package fr.cellulepdp.model.consolidation;

import fr.cellulepdp.model.document.DocumentPdf;
import java.time.LocalDate;

/** Port: lays a consolidation out as a PDF/A review, a column per cell and a total (the reports module). */
@FunctionalInterface
public interface GenerateurRevueConsolidee {

    DocumentPdf revue(Consolidation consolidation, LocalDate editeeLe);
}
