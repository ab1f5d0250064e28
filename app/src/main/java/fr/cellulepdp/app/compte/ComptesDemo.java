package fr.cellulepdp.app.compte;

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

    /**
     * Creates the accounts of the active {@code membres} as {@code coordinatrice}; a login {@code pris} already is
     * left as it is. Returns the logins created, the coordinatrice's first.
     */
    public static List<String> creer(java.util.function.Function<fr.cellulepdp.model.cellule.UtilisateurCourant,
                                     GererComptes> gererComptes, List<Membre> membres,
                                     java.util.function.Predicate<String> pris, Utilisateur coordinatrice) {
        // acts as the coordinatrice's account once created, not as the session: a named person (decision 0044)
        Utilisateur[] acteur = {coordinatrice};
        GererComptes comptes = gererComptes.apply(() -> acteur[0]);
        List<Membre> actifs = membres.stream().filter(Membre::actif)
                .sorted(Comparator.comparing((Membre m) -> m.role() != Role.COORDINATRICE)).toList();
        List<String> crees = new ArrayList<>();
        for (Membre m : actifs) {
            String login = identifiant(m);
            if (pris.test(login)) {
                continue;
            }
            char[] motDePasse = MOT_DE_PASSE.toCharArray();
            Compte compte = comptes.aucunCompte()
                    ? comptes.creerPremier(login, m.id(), motDePasse, motDePasse)
                    : comptes.creer(login, m.id(), m.role(), motDePasse, motDePasse);
            if (compte.role() == Role.COORDINATRICE && crees.isEmpty()) {
                acteur[0] = compte.utilisateur();
            }
            crees.add(login);
        }
        return crees;
    }

    static String identifiant(Membre m) {
        return (Textes.pourRecherche(m.prenom()) + "." + Textes.pourRecherche(m.nom())).replaceAll("[^a-z0-9.-]", "");
    }
}
