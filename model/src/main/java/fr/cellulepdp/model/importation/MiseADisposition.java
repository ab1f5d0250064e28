package fr.cellulepdp.model.importation;

import fr.cellulepdp.model.commun.Horodatages;
import fr.cellulepdp.model.commun.Textes;
import fr.cellulepdp.model.commun.Versionne;
import fr.cellulepdp.model.notification.CanalEnvoi;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The « courrier de mise à disposition » of one situation (seed 002: the social service offers its accompaniment
 * to people on sick leave for more than two months): its file, as written, and when it was posted. At most one per
 * situation.
 */
public record MiseADisposition(UUID id, long version, UUID situationId, CanalEnvoi canal, String fichier,
                               String sha256, Instant produitLe, Instant posteLe) implements Versionne {

    public MiseADisposition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(situationId, "situationId");
        Objects.requireNonNull(produitLe, "produitLe");
        canal = canal == null ? CanalEnvoi.COURRIER : canal;
        fichier = Textes.nonNul(fichier);
        sha256 = Textes.nonNul(sha256);
        produitLe = Horodatages.stockable(produitLe);
        posteLe = Horodatages.stockable(posteLe);
    }

    public MiseADisposition postee(Instant le) {
        return new MiseADisposition(id, version, situationId, canal, fichier, sha256, produitLe, le);
    }
}
