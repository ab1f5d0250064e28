package fr.cellulepdp.model.compte;

import fr.cellulepdp.model.commun.Repository;
import java.util.Optional;

/** Port: the accounts. */
public interface CompteRepository extends Repository<Compte> {

    /** The account with this login, whatever the case it is typed in. */
    Optional<Compte> findByIdentifiant(String identifiant);
}
