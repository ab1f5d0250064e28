package fr.cellulepdp.model.demande;

import fr.cellulepdp.model.commun.Repository;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Port: the requests. */
public interface DemandeRepository extends Repository<Demande> {

    List<Demande> findBySituation(UUID situationId);

    List<Demande> findByStatut(StatutDemande statut);

    /** How many requests in these statuses each of these situations has (absent: none), in one query. */
    Map<UUID, Long> compterParSituation(Collection<UUID> situationIds, Set<StatutDemande> statuts);

    /**
     * Saves the request as read with a new status, its other fields and its medical agreements left as they are
     * (a decision changes only that; a {@link #save} rewrites every column and the agreements).
     *
     * @throws fr.cellulepdp.model.commun.ConflitDeModificationException when it was saved in between
     */
    Demande changerStatut(Demande lue, StatutDemande statut);
}
