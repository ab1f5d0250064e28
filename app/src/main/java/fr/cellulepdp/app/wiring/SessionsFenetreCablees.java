package fr.cellulepdp.app.wiring;

import fr.cellulepdp.app.compte.VerrouillageInactivite;
import fr.cellulepdp.app.notification.EnvoiAutomatique;
import fr.cellulepdp.app.shell.ApplicationPdp;
import fr.cellulepdp.app.shell.FenetrePrincipale;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.persistence.base.AccesBase;
import java.time.Duration;
import java.time.Instant;

/**
 * The window's database and sessions (decision record 0044): it holds the open {@link Services}, reopens it as the
 * account that logs in, and builds from it what the window and its session's background tasks use.
 */
public final class SessionsFenetreCablees implements ApplicationPdp.SessionsFenetre {

    private final AccesBase acces;
    private volatile Services services;

    public SessionsFenetreCablees(AccesBase acces) {
        this.acces = acces;
    }

    /** Starts the window on the database and returns when it is closed (the command line's launcher). */
    public static void lancer(AccesBase acces) {
        ApplicationPdp.lancer(new SessionsFenetreCablees(acces));
    }

    @Override
    public void ouvrir() {
        if (!acces.verrouillee()) {
            services = Services.ouvrir(acces, Horloge.systeme());
        }
    }

    @Override
    public boolean aucunCompte() {
        return services != null && services.miseEnPlace().gererComptes().aucunCompte();
    }

    @Override
    public Utilisateur creerPremier(String login, char[] motDePasse, char[] confirmation) {
        Utilisateur cree = services.miseEnPlace().gererComptes().creerPremierPourLaCoordinatrice(login, motDePasse,
                confirmation).utilisateur();
        if (acces.aProteger()) {
            // a file from before encryption: protected now rather than at the next start
            services.close();
            services = Services.ouvrir(acces, Horloge.systeme(), login, motDePasse);
        }
        services.connecter(cree);
        return cree;
    }

    @Override
    public Utilisateur connecter(String login, char[] motDePasse) {
        fermer();
        services = Services.ouvrir(acces, Horloge.systeme(), login, motDePasse);
        return services.utilisateur();
    }

    @Override
    public FenetrePrincipale.Fabrique fenetre() {
        return new FenetrePrincipaleCablee(services);
    }

    @Override
    public VerrouillageInactivite verrouillage() {
        int minutes = services.cellule().map(c -> c.verrouillageMinutes()).filter(m -> m > 0).orElse(10);
        return new VerrouillageInactivite(services.session(), services.miseEnPlace().seConnecter(),
                Duration.ofMinutes(minutes), Instant::now);
    }

    @Override
    public EnvoiAutomatique envoiAutomatique(Runnable apres) {
        return new EnvoiAutomatique(services.session(), services.courriers().parametrerSmtp()::parametre,
                services.documents().horodatageEnAttente()::horodater,
                services.courriers().envoyerCourriers(), services.courriers().envoyerRappels(), apres);
    }

    @Override
    public void fermer() {
        Services ouverts = services;
        services = null;
        if (ouverts != null) {
            ouverts.close();
        }
    }
}
