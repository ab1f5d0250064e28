package fr.cellulepdp.persistence.cellule;

import fr.cellulepdp.persistence.depot.ContexteJooq;
import fr.cellulepdp.persistence.depot.DepotJooq;

import static fr.cellulepdp.persistence.jooq.Tables.COMPTE;
import static fr.cellulepdp.persistence.jooq.Tables.DECISION;
import static fr.cellulepdp.persistence.jooq.Tables.DECISION_SUIVI_PREVU;
import static fr.cellulepdp.persistence.jooq.Tables.MEMBRE;
import static fr.cellulepdp.persistence.jooq.Tables.POINT_RECUSATION;
import static fr.cellulepdp.persistence.jooq.Tables.SEANCE;
import static fr.cellulepdp.persistence.jooq.Tables.SEANCE_PRESENCE;
import static fr.cellulepdp.persistence.jooq.Tables.SITUATION;
import static fr.cellulepdp.persistence.jooq.Tables.SUIVI;

import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.MembreRepository;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Partenaire;
import fr.cellulepdp.persistence.jooq.tables.records.MembreRecord;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.OrderField;
import org.jooq.Table;

public final class DepotMembres extends DepotJooq<Membre, MembreRecord> implements MembreRepository {

    public DepotMembres(ContexteJooq contexte) {
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
        r.setSuppleant(m.suppleant());
        r.setPartenaire(m.partenaire() == null ? null : m.partenaire().name());
        return r;
    }

    @Override
    protected Membre depuisLigne(DSLContext dsl, MembreRecord r) {
        return new Membre(r.getId(), r.getVersion(), r.getCivilite(), r.getPrenom(), r.getNom(), r.getFonction(),
                r.getOrganisation(), Role.valueOf(r.getRole()), r.getEmail(), r.getActif(), r.getSuppleant(),
                r.getPartenaire() == null ? null : Partenaire.valueOf(r.getPartenaire()));
    }

    @Override
    protected Membre avecVersion(Membre m, long version) {
        return new Membre(m.id(), version, m.civilite(), m.prenom(), m.nom(), m.fonction(), m.organisation(),
                m.role(), m.email(), m.actif(), m.suppleant(), m.partenaire());
    }

    @Override
    protected OrderField<?>[] ordre() {
        return new OrderField<?>[] {MEMBRE.NOM, MEMBRE.PRENOM, MEMBRE.ID};
    }

    @Override
    public boolean estCite(UUID id) {
        // every column that references a member (the foreign keys of the schema)
        List<Citation> citations = List.of(new Citation(SEANCE, SEANCE.SECRETAIRE_ID.eq(id)),
                new Citation(SEANCE_PRESENCE, SEANCE_PRESENCE.MEMBRE_ID.eq(id)),
                new Citation(POINT_RECUSATION, POINT_RECUSATION.MEMBRE_ID.eq(id)),
                new Citation(DECISION, DECISION.DECIDEE_PAR_ID.eq(id).or(DECISION.REFERENT_MEDICAL_URGENCE_ID.eq(id))),
                new Citation(DECISION_SUIVI_PREVU, DECISION_SUIVI_PREVU.RESPONSABLE_ID.eq(id)),
                new Citation(SUIVI, SUIVI.RESPONSABLE_ID.eq(id)),
                new Citation(SITUATION, SITUATION.REFERENT_SOCIAL_ID.eq(id)),
                new Citation(COMPTE, COMPTE.MEMBRE_ID.eq(id)));
        return contexte.inTransaction(() -> citations.stream()
                .anyMatch(c -> contexte.dsl().fetchExists(c.table(), c.condition())));
    }

    @Override
    public void supprimer(UUID id) {
        contexte.inTransaction(() -> contexte.dsl().deleteFrom(MEMBRE).where(MEMBRE.ID.eq(id)).execute());
    }

    private record Citation(Table<?> table, Condition condition) {
    }
}
