package fr.cellulepdp.model.audit;

import java.util.Optional;

/** Port: each account's current signing key (the keys of the past are in the trail's registrations). */
public interface ClesSignatureRepository {

    Optional<CleSignature> find(String identifiant);

    /** Stores or replaces the account's key. */
    void save(CleSignature cle);
}
