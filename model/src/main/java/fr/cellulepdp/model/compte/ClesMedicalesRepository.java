package fr.cellulepdp.model.compte;

import java.util.Map;
import java.util.Optional;

/** Port: the medical key, wrapped for each account that reads medical opinions (see {@link CleMedicale}). */
public interface ClesMedicalesRepository {

    Optional<String> find(String identifiant);

    /** Every wrap, by login. */
    Map<String, String> findAll();

    void save(String identifiant, String enveloppe);

    void supprimer(String identifiant);
}
