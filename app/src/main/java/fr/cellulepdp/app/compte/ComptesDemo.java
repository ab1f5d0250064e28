package fr.cellulepdp.app.compte;

import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Textes;
import fr.cellulepdp.model.compte.Compte;
import fr.cellulepdp.model.compte.GererComptes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The demo cell's accounts: one per member, login "prénom.nom" without accents, all with the documented demo
 * password (README). A login already taken (the coordinatrice created her own account first) is left as it is.
 */
public final class ComptesDemo {

    public static final String MOT_DE_PASSE = "Demo-PDP-2026!";
    /** The demo coordinatrice's login. */
    public static final String COORDINATRICE = "helene.martinel";

    private ComptesDemo() {
    }

    /** Creates the accounts; returns the logins created, the coordinatrice's first. */
    public static List<String> creer(Services services) {
        GererComptes comptes = services.gererComptes();
        List<Membre> membres = services.stockage().membres().findAll().stream().filter(Membre::actif)
                .sorted(Comparator.comparing((Membre m) -> m.role() != Role.COORDINATRICE)).toList();
        List<String> crees = new ArrayList<>();
        Utilisateur coordinatrice = services.utilisateur();
        for (Membre m : membres) {
            String login = identifiant(m);
            if (services.stockage().comptes().findByIdentifiant(login).isPresent()) {
                continue;
            }
            char[] motDePasse = MOT_DE_PASSE.toCharArray();
            Compte compte = comptes.aucunCompte()
                    ? comptes.creerPremier(login, m.id(), motDePasse, motDePasse)
                    : comptes.creer(coordinatrice, login, m.id(), m.role(), motDePasse, motDePasse);
            if (compte.role() == Role.COORDINATRICE && crees.isEmpty()) {
                coordinatrice = compte.utilisateur();
            }
            crees.add(login);
        }
        return crees;
    }

    /** Opens a demo database as its coordinatrice: its file is encrypted once the demo accounts exist. */
    public static Services ouvrirCommeCoordinatrice(java.nio.file.Path base, fr.cellulepdp.model.commun.Horloge horloge) {
        return Services.ouvrir(fr.cellulepdp.persistence.base.AccesBase.fichier(base), horloge, COORDINATRICE,
                MOT_DE_PASSE.toCharArray());
    }

    static String identifiant(Membre m) {
        return (Textes.pourRecherche(m.prenom()) + "." + Textes.pourRecherche(m.nom())).replaceAll("[^a-z0-9.-]", "");
    }
}
