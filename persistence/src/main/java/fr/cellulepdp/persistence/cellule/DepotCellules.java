package fr.cellulepdp.persistence.cellule;

import fr.cellulepdp.persistence.depot.ContexteJooq;
import fr.cellulepdp.persistence.depot.Conversions;
import fr.cellulepdp.persistence.depot.DepotJooq;

import static fr.cellulepdp.persistence.jooq.Tables.CELLULE;

import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.cellule.CelluleRepository;
import fr.cellulepdp.model.cellule.RegleQuorum;
import fr.cellulepdp.persistence.jooq.tables.records.CelluleRecord;
import org.jooq.DSLContext;
import org.jooq.OrderField;

public final class DepotCellules extends DepotJooq<Cellule, CelluleRecord> implements CelluleRepository {

    public DepotCellules(ContexteJooq contexte) {
        super(contexte, CELLULE, CELLULE.ID, CELLULE.VERSION, "Cellule");
    }

    @Override
    protected CelluleRecord versLigne(DSLContext dsl, Cellule c) {
        CelluleRecord r = dsl.newRecord(CELLULE);
        r.setId(c.id());
        r.setNom(c.nom());
        r.setCpam(c.cpam());
        r.setAdresseLigne1(c.adresse().ligne1());
        r.setAdresseLigne2(c.adresse().ligne2());
        r.setCodePostal(c.adresse().codePostal());
        r.setVille(c.adresse().ville());
        r.setTelephone(c.telephone());
        r.setEmail(c.email());
        r.setSignataireNom(c.signataireNom());
        r.setSignataireFonction(c.signataireFonction());
        r.setQuorumCoordinatrice(c.quorum().coordinatriceRequise());
        r.setQuorumMedicaux(c.quorum().referentsMedicauxMin());
        r.setQuorumSociaux(c.quorum().referentsSociauxMin());
        r.setQuorumAdministratifs(c.quorum().referentsAdministratifsMin());
        r.setConservationAnnees(c.conservationAnnees());
        r.setVerrouillageMinutes(c.verrouillageMinutes());
        r.setCertificatSignature(c.certificatSignature());
        r.setLogo(c.logo());
        r.setCoordinatriceLitAvisMedical(c.coordinatriceLitAvisMedical());
        r.setSignatairePrenom(c.signatairePrenom());
        r.setSignataireDelegation(c.signataireDelegation());
        r.setVilleSignature(c.villeSignature());
        r.setRecoursSurAjournement(c.recoursSurAjournement());
        return r;
    }

    @Override
    protected Cellule depuisLigne(DSLContext dsl, CelluleRecord r) {
        return new Cellule(r.getId(), r.getVersion(), r.getNom(), r.getCpam(),
                Conversions.adresse(r.getAdresseLigne1(), r.getAdresseLigne2(), r.getCodePostal(), r.getVille()),
                r.getTelephone(), r.getEmail(), r.getSignataireNom(), r.getSignataireFonction(),
                new RegleQuorum(r.getQuorumCoordinatrice(), r.getQuorumMedicaux(), r.getQuorumSociaux(),
                        r.getQuorumAdministratifs()),
                r.getConservationAnnees(), r.getVerrouillageMinutes(), r.getCertificatSignature(), r.getLogo(),
                r.getCoordinatriceLitAvisMedical(), r.getSignatairePrenom(), r.getSignataireDelegation(),
                r.getVilleSignature(), r.getRecoursSurAjournement());
    }

    @Override
    protected Cellule avecVersion(Cellule c, long version) {
        return new Cellule(c.id(), version, c.nom(), c.cpam(), c.adresse(), c.telephone(), c.email(),
                c.signataireNom(), c.signataireFonction(), c.quorum(), c.conservationAnnees(), c.verrouillageMinutes(),
                c.certificatSignature(), c.logo(), c.coordinatriceLitAvisMedical(), c.signatairePrenom(),
                c.signataireDelegation(), c.villeSignature(), c.recoursSurAjournement());
    }

    @Override
    protected OrderField<?>[] ordre() {
        return new OrderField<?>[] {CELLULE.NOM, CELLULE.ID};
    }
}
