package fr.cellulepdp.reports.pdf;

/** What the document says of itself (PDF/A metadata): title, author, subject; the language is always fr-FR. */
public record Metadonnees(String titre, String auteur, String sujet) {
}
