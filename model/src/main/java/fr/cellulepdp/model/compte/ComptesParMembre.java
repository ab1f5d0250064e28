package fr.cellulepdp.model.compte;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.cellule.ComptesDesMembres;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import java.util.List;
import java.util.UUID;

/** The accounts of the members ({@link ComptesDesMembres}), as managing the members changes them. */
public final class ComptesParMembre implements ComptesDesMembres {

    private final StockageComptes stockage;
    private final Horloge horloge;

    public ComptesParMembre(StockageComptes stockage, Horloge horloge) {
        this.stockage = stockage;
        this.horloge = horloge;
    }

    @Override
    public void verifierRattachable(Utilisateur acteur) {
        compteLibre(acteur);
    }

    @Override
    public void rattacher(Utilisateur acteur, UUID membreId) {
        Compte lie = stockage.comptes().save(compteLibre(acteur).avecMembre(membreId));
        new Audit(stockage, horloge).noter(acteur, "COMPTE_RATTACHE", "Compte", lie.id(),
                lie.identifiant() + " rattaché à sa fiche de membre");
    }

    private Compte compteLibre(Utilisateur acteur) {
        Compte compte = stockage.comptes().findByIdentifiant(acteur.identifiant()).orElseThrow(() ->
                new SaisieInvalideException("compte", "aucun compte « " + acteur.identifiant() + " »."));
        if (compte.membreId() != null) {
            throw new SaisieInvalideException("compte", "votre compte est déjà rattaché à un membre : modifiez "
                    + "sa fiche dans la liste des membres.");
        }
        return compte;
    }

    @Override
    public void changerRole(Utilisateur acteur, UUID membreId, Role avant, Role apres) {
        for (Compte compte : comptesDe(membreId)) {
            Compte change = stockage.comptes().save(compte.avecRole(apres));
            new Audit(stockage, horloge).noter(acteur, "COMPTE_ROLE_CHANGE", "Compte", change.id(),
                    change.identifiant() + " : " + avant.libelle() + " → " + apres.libelle());
            new RolesAttestes(stockage, horloge).attester(acteur, change);
            if (!apres.estInterne() || !avant.estInterne()) {
                // a partner holds no key to the file; one who becomes internal gets it with a new password
                stockage.accesChiffre().retirer(change.identifiant());
            }
        }
    }

    @Override
    public void desactiver(Utilisateur acteur, UUID membreId) {
        for (Compte compte : comptesDe(membreId)) {
            if (compte.actif()) {
                Compte desactive = stockage.comptes().save(compte.avecActif(false));
                new Audit(stockage, horloge).noter(acteur, "COMPTE_DESACTIVE", "Compte", desactive.id(),
                        desactive.identifiant() + " (membre désactivé)");
                stockage.accesChiffre().retirer(desactive.identifiant());
            }
        }
    }

    private List<Compte> comptesDe(UUID membreId) {
        return stockage.comptes().findAll().stream().filter(c -> membreId.equals(c.membreId())).toList();
    }
}
