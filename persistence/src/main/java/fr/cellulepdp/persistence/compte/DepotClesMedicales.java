package fr.cellulepdp.persistence.compte;

import fr.cellulepdp.persistence.depot.ContexteJooq;

import static fr.cellulepdp.persistence.jooq.Tables.CLE_MEDICALE;

import fr.cellulepdp.model.compte.ClesMedicalesRepository;
import java.util.Map;
import java.util.Optional;

/** The medical key wrapped for each reader. */
public final class DepotClesMedicales implements ClesMedicalesRepository {

    private final ContexteJooq contexte;

    public DepotClesMedicales(ContexteJooq contexte) {
        this.contexte = contexte;
    }

    @Override
    public Optional<String> find(String identifiant) {
        return contexte.dsl().select(CLE_MEDICALE.ENVELOPPE).from(CLE_MEDICALE)
                .where(CLE_MEDICALE.IDENTIFIANT.eq(identifiant)).fetchOptional(CLE_MEDICALE.ENVELOPPE);
    }

    @Override
    public Map<String, String> findAll() {
        return contexte.dsl().selectFrom(CLE_MEDICALE).fetchMap(CLE_MEDICALE.IDENTIFIANT, CLE_MEDICALE.ENVELOPPE);
    }

    @Override
    public void save(String identifiant, String enveloppe) {
        contexte.inTransaction(() -> {
            supprimer(identifiant);
            return contexte.dsl().insertInto(CLE_MEDICALE).set(CLE_MEDICALE.IDENTIFIANT, identifiant)
                    .set(CLE_MEDICALE.ENVELOPPE, enveloppe).execute();
        });
    }

    @Override
    public void supprimer(String identifiant) {
        contexte.dsl().deleteFrom(CLE_MEDICALE).where(CLE_MEDICALE.IDENTIFIANT.eq(identifiant)).execute();
    }
}
