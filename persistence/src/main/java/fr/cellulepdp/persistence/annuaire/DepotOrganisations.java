package fr.cellulepdp.persistence.annuaire;

import fr.cellulepdp.persistence.depot.ContexteJooq;
import fr.cellulepdp.persistence.depot.Conversions;
import fr.cellulepdp.persistence.depot.DepotJooq;

import static fr.cellulepdp.persistence.jooq.Tables.ORGANISATION;

import fr.cellulepdp.model.annuaire.Organisation;
import fr.cellulepdp.model.annuaire.OrganisationRepository;
import fr.cellulepdp.model.annuaire.TypeOrganisation;
import fr.cellulepdp.persistence.jooq.tables.records.OrganisationRecord;
import org.jooq.DSLContext;
import org.jooq.OrderField;

public final class DepotOrganisations extends DepotJooq<Organisation, OrganisationRecord> implements OrganisationRepository {

    public DepotOrganisations(ContexteJooq contexte) {
        super(contexte, ORGANISATION, ORGANISATION.ID, ORGANISATION.VERSION, "Organisation");
    }

    @Override
    protected OrganisationRecord versLigne(DSLContext dsl, Organisation o) {
        OrganisationRecord r = dsl.newRecord(ORGANISATION);
        r.setId(o.id());
        r.setType(o.type().name());
        r.setNom(o.nom());
        r.setAdresseLigne1(o.adresse().ligne1());
        r.setAdresseLigne2(o.adresse().ligne2());
        r.setCodePostal(o.adresse().codePostal());
        r.setVille(o.adresse().ville());
        r.setEmail(o.email());
        r.setTelephone(o.telephone());
        r.setActif(o.actif());
        return r;
    }

    @Override
    protected Organisation depuisLigne(DSLContext dsl, OrganisationRecord r) {
        return new Organisation(r.getId(), r.getVersion(), TypeOrganisation.valueOf(r.getType()), r.getNom(),
                Conversions.adresse(r.getAdresseLigne1(), r.getAdresseLigne2(), r.getCodePostal(), r.getVille()),
                r.getEmail(), r.getTelephone(), r.getActif());
    }

    @Override
    protected Organisation avecVersion(Organisation o, long version) {
        return new Organisation(o.id(), version, o.type(), o.nom(), o.adresse(), o.email(), o.telephone(), o.actif());
    }

    @Override
    protected OrderField<?>[] ordre() {
        return new OrderField<?>[] {ORGANISATION.TYPE, ORGANISATION.NOM, ORGANISATION.ID};
    }
}
