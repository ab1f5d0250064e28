package fr.cellulepdp.persistence.compte;

import fr.cellulepdp.persistence.depot.ContexteJooq;
import fr.cellulepdp.persistence.depot.Conversions;
import fr.cellulepdp.persistence.depot.DepotJooq;

import static fr.cellulepdp.persistence.jooq.Tables.COMPTE;

import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.compte.Compte;
import fr.cellulepdp.model.compte.CompteRepository;
import fr.cellulepdp.persistence.jooq.tables.records.CompteRecord;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.OrderField;

/** The accounts; logins are stored in lower case, so "Helene.Martinel" and "helene.martinel" are one account. */
public final class DepotComptes extends DepotJooq<Compte, CompteRecord> implements CompteRepository {

    public DepotComptes(ContexteJooq contexte) {
        super(contexte, COMPTE, COMPTE.ID, COMPTE.VERSION, "Compte");
    }

    @Override
    public Optional<Compte> findByIdentifiant(String identifiant) {
        return trouverOu(COMPTE.IDENTIFIANT.eq(identifiant.strip().toLowerCase(Locale.ROOT))).stream().findFirst();
    }

    @Override
    protected CompteRecord versLigne(DSLContext dsl, Compte c) {
        CompteRecord r = dsl.newRecord(COMPTE);
        r.setId(c.id());
        r.setIdentifiant(c.identifiant().strip().toLowerCase(Locale.ROOT));
        r.setMembreId(c.membreId());
        r.setRole(c.role().name());
        r.setHash(c.hash());
        r.setActif(c.actif());
        r.setEchecs(c.echecs());
        r.setBloqueJusqua(Conversions.versColonne(c.bloqueJusqua()));
        return r;
    }

    @Override
    protected Compte depuisLigne(DSLContext dsl, CompteRecord r) {
        return new Compte(r.getId(), r.getVersion(), r.getIdentifiant(), r.getMembreId(), Role.valueOf(r.getRole()),
                r.getHash(), r.getActif(), r.getEchecs(), Conversions.depuisColonne(r.getBloqueJusqua()));
    }

    @Override
    protected Compte avecVersion(Compte c, long version) {
        return new Compte(c.id(), version, c.identifiant().strip().toLowerCase(Locale.ROOT), c.membreId(), c.role(),
                c.hash(), c.actif(), c.echecs(), c.bloqueJusqua());
    }

    @Override
    protected OrderField<?>[] ordre() {
        return new OrderField<?>[] {COMPTE.IDENTIFIANT};
    }
}
