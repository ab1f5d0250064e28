package fr.cellulepdp.persistence.audit;

import fr.cellulepdp.persistence.depot.ContexteJooq;

import static fr.cellulepdp.persistence.jooq.Tables.CLE_SIGNATURE;

import fr.cellulepdp.model.audit.CleSignature;
import fr.cellulepdp.model.audit.ClesSignatureRepository;
import java.util.Optional;

/** Each account's signing key: the public half, and the private half wrapped under the account's password. */
public final class DepotClesSignature implements ClesSignatureRepository {

    private final ContexteJooq contexte;

    public DepotClesSignature(ContexteJooq contexte) {
        this.contexte = contexte;
    }

    @Override
    public Optional<CleSignature> find(String identifiant) {
        return contexte.dsl().selectFrom(CLE_SIGNATURE).where(CLE_SIGNATURE.IDENTIFIANT.eq(identifiant))
                .fetchOptional(r -> new CleSignature(r.getIdentifiant(), r.getClePublique(), r.getClePrivee(),
                        r.getClePubliqueEchange(), r.getClePriveeEchange()));
    }

    @Override
    public void save(CleSignature cle) {
        contexte.inTransaction(() -> {
            contexte.dsl().deleteFrom(CLE_SIGNATURE).where(CLE_SIGNATURE.IDENTIFIANT.eq(cle.identifiant())).execute();
            return contexte.dsl().insertInto(CLE_SIGNATURE)
                    .set(CLE_SIGNATURE.IDENTIFIANT, cle.identifiant())
                    .set(CLE_SIGNATURE.CLE_PUBLIQUE, cle.clePublique())
                    .set(CLE_SIGNATURE.CLE_PRIVEE, cle.clePriveeChiffree())
                    .set(CLE_SIGNATURE.CLE_PUBLIQUE_ECHANGE, cle.clePubliqueEchange())
                    .set(CLE_SIGNATURE.CLE_PRIVEE_ECHANGE, cle.clePriveeEchangeChiffree())
                    .execute();
        });
    }
}
