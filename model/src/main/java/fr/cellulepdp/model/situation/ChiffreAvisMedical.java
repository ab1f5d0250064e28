package fr.cellulepdp.model.situation;

import java.util.Optional;

/**
 * Port: the medical key as the files use it. Declared here and implemented by {@code compte/CleMedicale}, which holds
 * the key per account, so that {@code situation} does not depend on the accounts (decision 0043).
 */
public interface ChiffreAvisMedical {

    /** The opinion as stored (encrypted once a medical reader has logged in). */
    String chiffrer(String clair);

    /** The opinion in clear. */
    String dechiffrer(String stocke);

    /** The opinion in clear when this session holds the key, or else empty. */
    Optional<String> siLisible(String stocke);
}
