package fr.cellulepdp.model.demande;

import fr.cellulepdp.model.commun.Repository;
import java.util.List;
import java.util.UUID;

/** Port: the requests. */
public interface DemandeRepository extends Repository<Demande> {

    List<Demande> findBySituation(UUID situationId);

    List<Demande> findByStatut(StatutDemande statut);
}
