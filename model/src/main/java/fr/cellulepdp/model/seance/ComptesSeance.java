package fr.cellulepdp.model.seance;

/**
 * What a meeting's line in the list counts: the decisions taken there, whether they have letters yet (the documents
 * generated), and how many of those letters are not sent or posted yet.
 */
public record ComptesSeance(long decisions, boolean courriers, long courriersRestants) {

    /** A meeting without any decision. */
    public static final ComptesSeance AUCUN = new ComptesSeance(0, false, 0);
}
