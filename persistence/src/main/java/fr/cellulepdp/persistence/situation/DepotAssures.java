package fr.cellulepdp.persistence.situation;

import fr.cellulepdp.persistence.depot.Identifiants;
import fr.cellulepdp.persistence.depot.ContexteJooq;
import fr.cellulepdp.persistence.depot.Conversions;
import fr.cellulepdp.persistence.depot.DepotJooq;

import static fr.cellulepdp.persistence.jooq.Tables.ASSURE;
import static fr.cellulepdp.persistence.jooq.Tables.SITUATION;

import fr.cellulepdp.model.commun.Textes;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.AssureRepository;
import fr.cellulepdp.model.situation.Inaptitude;
import fr.cellulepdp.model.situation.Nir;
import fr.cellulepdp.model.situation.Reconnaissances;
import fr.cellulepdp.model.situation.Sexe;
import fr.cellulepdp.model.situation.StatutAssure;
import fr.cellulepdp.persistence.jooq.tables.records.AssureRecord;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.OrderField;
import org.jooq.impl.DSL;

public final class DepotAssures extends DepotJooq<Assure, AssureRecord> implements AssureRepository {

    public DepotAssures(ContexteJooq contexte) {
        super(contexte, ASSURE, ASSURE.ID, ASSURE.VERSION, "Assuré(e)");
    }

    @Override
    public Optional<Assure> findByNir(Nir nir) {
        return trouverOu(ASSURE.NIR.eq(nir.valeur())).stream().findFirst();
    }

    @Override
    public java.util.Map<java.util.UUID, String> initiales(Collection<java.util.UUID> ids) {
        java.util.Map<java.util.UUID, String> initiales = new java.util.HashMap<>();
        if (contexte.moteur() == fr.cellulepdp.persistence.depot.Moteur.POSTGRESQL) {
            // on a server a partner's role may not read names: the first letters only, from the view of V33
            org.jooq.Field<java.util.UUID> id = DSL.field(DSL.name("id"), java.util.UUID.class);
            org.jooq.Field<String> prenom = DSL.field(DSL.name("initiale_prenom"), String.class);
            org.jooq.Field<String> nom = DSL.field(DSL.name("initiale_nom"), String.class);
            contexte.dsl().select(id, nom, prenom).from(DSL.table(DSL.name("assure_initiales"))).where(Identifiants.parmi(id, ids))
                    .forEach(r -> initiales.put(r.value1(), Textes.initiales(r.value3(), r.value2())));
            return initiales;
        }
        contexte.dsl().select(ASSURE.ID, ASSURE.NOM, ASSURE.PRENOM).from(ASSURE).where(Identifiants.parmi(ASSURE.ID, ids))
                .forEach(r -> initiales.put(r.value1(), Textes.initiales(r.value3(), r.value2())));
        return initiales;
    }

    @Override
    public List<Assure> findByNirs(Collection<String> nirs) {
        return nirs.isEmpty() ? List.of() : trouverOu(ASSURE.NIR.in(nirs));
    }

    /** A new person has no file yet: no search text to bring up to date. */
    @Override
    protected void enfantsALaCreation(DSLContext dsl, Assure a) {
    }

    @Override
    protected AssureRecord versLigne(DSLContext dsl, Assure a) {
        AssureRecord r = dsl.newRecord(ASSURE);
        r.setId(a.id());
        r.setNir(a.nir().valeur());
        r.setNom(a.nom());
        r.setPrenom(a.prenom());
        r.setDateNaissance(a.dateNaissance());
        r.setSexe(nomOuNull(a.sexe()));
        r.setAdresseLigne1(a.adresse().ligne1());
        r.setAdresseLigne2(a.adresse().ligne2());
        r.setCodePostal(a.adresse().codePostal());
        r.setVille(a.adresse().ville());
        r.setEmail(a.email());
        r.setTelephone(a.telephone());
        r.setStatut(a.statut().name());
        r.setEmployeurNom(Conversions.nomEntreprise(a.employeur()));
        r.setEmployeurSiret(Conversions.siret(a.employeur()));
        r.setEmploi(a.emploi());
        Reconnaissances rec = a.reconnaissances();
        r.setRqthDebut(rec.rqthDebut());
        r.setRqthFin(rec.rqthFin());
        r.setBoethDebut(rec.boethDebut());
        r.setBoethFin(rec.boethFin());
        r.setInaptitude(rec.inaptitude().name());
        r.setDateInaptitude(rec.dateInaptitude());
        return r;
    }

    /** The person's part of the Situations search text: "nom prénom prénom nom employeur", folded for search. */
    public static String texteRecherche(String nom, String prenom, String employeur) {
        return Textes.pourRecherche(String.join(" ", nom, prenom, prenom, nom, employeur == null ? "" : employeur));
    }

    /** A changed name or employer must be found by the search of every file of the person. */
    @Override
    protected void ecrireEnfants(DSLContext dsl, Assure a) {
        dsl.update(SITUATION)
                .set(SITUATION.TEXTE_RECHERCHE, DSL.lower(SITUATION.NUMERO_DOSSIER).concat(" " + texteRecherche(a.nom(), a.prenom(),
                        Conversions.nomEntreprise(a.employeur()))))
                .where(SITUATION.ASSURE_ID.eq(a.id()))
                .execute();
        MotsDesDossiers.reecrire(dsl, SITUATION.ASSURE_ID.eq(a.id()));
    }

    @Override
    protected Assure depuisLigne(DSLContext dsl, AssureRecord r) {
        return new Assure(r.getId(), r.getVersion(), new Nir(r.getNir()), r.getNom(), r.getPrenom(),
                r.getDateNaissance(), enumOuNull(Sexe.class, r.getSexe()),
                Conversions.adresse(r.getAdresseLigne1(), r.getAdresseLigne2(), r.getCodePostal(), r.getVille()),
                r.getEmail(), r.getTelephone(), StatutAssure.valueOf(r.getStatut()),
                Conversions.entreprise(r.getEmployeurNom(), r.getEmployeurSiret()), r.getEmploi(),
                new Reconnaissances(r.getRqthDebut(), r.getRqthFin(), r.getBoethDebut(), r.getBoethFin(),
                        Inaptitude.valueOf(r.getInaptitude()), r.getDateInaptitude()));
    }

    @Override
    protected Assure avecVersion(Assure a, long version) {
        return new Assure(a.id(), version, a.nir(), a.nom(), a.prenom(), a.dateNaissance(), a.sexe(), a.adresse(),
                a.email(), a.telephone(), a.statut(), a.employeur(), a.emploi(), a.reconnaissances());
    }

    @Override
    protected OrderField<?>[] ordre() {
        return new OrderField<?>[] {ASSURE.NOM, ASSURE.PRENOM, ASSURE.ID};
    }
}
