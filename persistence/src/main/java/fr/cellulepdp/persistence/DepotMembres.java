package fr.cellulepdp.persistence;

import static fr.cellulepdp.persistence.jooq.Tables.MEMBRE;

import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.MembreRepository;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.persistence.jooq.tables.records.MembreRecord;
import org.jooq.DSLContext;
import org.jooq.OrderField;

final class DepotMembres extends DepotJooq<Membre, MembreRecord> implements MembreRepository {

    DepotMembres(ContexteJooq contexte) {
        super(contexte, MEMBRE, MEMBRE.ID, MEMBRE.VERSION, "Membre");
    }

    @Override
    protected MembreRecord versLigne(DSLContext dsl, Membre m) {
        MembreRecord r = dsl.newRecord(MEMBRE);
        r.setId(m.id());
        r.setCivilite(m.civilite());
        r.setPrenom(m.prenom());
        r.setNom(m.nom());
        r.setFonction(m.fonction());
        r.setOrganisation(m.organisation());
        r.setRole(m.role().name());
        r.setEmail(m.email());
        r.setActif(m.actif());
        return r;
    }

    @Override
    protected Membre depuisLigne(DSLContext dsl, MembreRecord r) {
        return new Membre(r.getId(), r.getVersion(), r.getCivilite(), r.getPrenom(), r.getNom(), r.getFonction(),
                r.getOrganisation(), Role.valueOf(r.getRole()), r.getEmail(), r.getActif());
    }

    @Override
    protected Membre avecVersion(Membre m, long version) {
        return new Membre(m.id(), version, m.civilite(), m.prenom(), m.nom(), m.fonction(), m.organisation(),
                m.role(), m.email(), m.actif());
    }

    @Override
    protected OrderField<?>[] ordre() {
        return new OrderField<?>[] {MEMBRE.NOM, MEMBRE.PRENOM, MEMBRE.ID};
    }
}
