package fr.cellulepdp.app.demo;

import fr.cellulepdp.app.compte.ComptesDemo;
import fr.cellulepdp.app.document.CertificatDemo;
import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.GererMembres;
import fr.cellulepdp.model.cellule.ParametrerDocuments;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.compte.GererComptes;
import fr.cellulepdp.model.demo.ChargerDonneesDemo;
import fr.cellulepdp.model.demo.ResumeDemo;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * « Charger la démo » (window and {@code demo} command): the demo cell, then its coordinatrice's demo certificate and
 * every active member's account, so that each role can be tried. The coordinatrice's act, as the set-up is.
 */
public final class ChargementDemo {

    private final ChargerDonneesDemo donnees;
    private final ParametrerDocuments parametrerDocuments;
    private final Function<UtilisateurCourant, GererComptes> gererComptes;
    private final GererMembres membres;
    private final Horloge horloge;
    private final Path dossierDonnees;
    private final UtilisateurCourant utilisateurCourant;

    /** @param gererComptes the accounts' use case acting as a given person (the coordinatrice's new account) */
    public ChargementDemo(ChargerDonneesDemo donnees, ParametrerDocuments parametrerDocuments,
                          Function<UtilisateurCourant, GererComptes> gererComptes, GererMembres membres, Horloge horloge,
                          Path dossierDonnees, UtilisateurCourant utilisateurCourant) {
        this.donnees = donnees;
        this.parametrerDocuments = parametrerDocuments;
        this.gererComptes = gererComptes;
        this.membres = membres;
        this.horloge = horloge;
        this.dossierDonnees = dossierDonnees;
        this.utilisateurCourant = utilisateurCourant;
    }

    /** Loads the demo cell into an empty database, then its certificate and accounts. */
    public ResumeDemo charger() {
        autoriser();
        ResumeDemo resume = donnees.executer(horloge.aujourdhui());
        CertificatDemo.installer(parametrerDocuments.celluleACertifier(), dossierDonnees, horloge.maintenant(),
                parametrerDocuments, utilisateurCourant);
        creerComptes();
        return resume;
    }

    /** The demo cell's accounts, one per active member; returns the logins created. */
    public List<String> creerComptes() {
        Utilisateur coordinatrice = autoriser();
        // a login already taken (her own account, created first) is left as it is
        Set<String> pris = gererComptes.apply(utilisateurCourant).lister().stream()
                .map(c -> c.identifiant().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return ComptesDemo.creer(gererComptes, membres.lister(),
                login -> pris.contains(login.toLowerCase(Locale.ROOT)), coordinatrice);
    }

    private Utilisateur autoriser() {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "démonstration", "charge les données de démonstration");
        return acteur;
    }
}
