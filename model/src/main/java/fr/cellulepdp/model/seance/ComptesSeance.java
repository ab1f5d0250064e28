package fr.cellulepdp.model.seance;

/**
 * What a meeting's line in the list counts: the decisions taken there, their letters, and those of the letters not
 * sent or posted yet.
 */
public record ComptesSeance(long decisions, long courriers, long courriersRestants) {

    /** A meeting without any decision. */
    public static final ComptesSeance AUCUN = new ComptesSeance(0, 0, 0);
}
