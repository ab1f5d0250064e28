package fr.cellulepdp.model.document;

/** One file of a meeting's pack: its name inside the meeting's folder, its content and its SHA-256 (hex). */
public record DocumentProduit(String nomFichier, byte[] contenu, String sha256, boolean signe) {
}
