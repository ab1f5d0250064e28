package fr.cellulepdp.model.commun;

/**
 * Port: one file handed out of the application (the letters to post, an .eml), at a place the caller chose. A use
 * case deposits it, whole and read back, before it records anything: a crash leaves the old state or the new one,
 * never a record of a file that is not there. In {@code commun}: the outbox, the imports' letters and the window all
 * hand files out (decision record 0053).
 */
@FunctionalInterface
public interface DepotFichier {

    /**
     * Writes the content whole (the former file stays until then) and checks the file read back against it.
     *
     * @throws RuntimeException when it cannot: nothing is recorded then
     */
    void deposer(byte[] contenu);
}
