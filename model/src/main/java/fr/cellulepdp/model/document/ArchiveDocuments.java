package fr.cellulepdp.model.document;

import java.util.List;

/**
 * Port: where the documents of a meeting are kept (the data folder's {@code documents/}, for the window and the
 * command line alike). The pack is deposited, and read back to check it, before any letter is recorded: a crash
 * never leaves a recorded letter without its file.
 */
@FunctionalInterface
public interface ArchiveDocuments {

    /**
     * Writes the meeting's documents, each whole, and checks each file's SHA-256 against the document's.
     *
     * @throws RuntimeException when a file cannot be written or reads back differently: nothing is recorded then
     */
    void deposer(int numeroSeance, List<DocumentProduit> documents);
}
