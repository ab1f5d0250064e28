package fr.cellulepdp.model.suivi;

import java.util.UUID;

/**
 * Port: the measure a decision was taken on, as the follow-ups list names it. Declared here and implemented by
 * {@code decision}, which creates the follow-ups, so that {@code suivi} does not read decisions (decision 0043).
 */
public interface MesuresDecidees {

    /** The labels of these decisions' measures, by decision id, read together (a list of thousands of follow-ups). */
    java.util.Map<UUID, String> libelles(java.util.Collection<UUID> decisionIds);
}
