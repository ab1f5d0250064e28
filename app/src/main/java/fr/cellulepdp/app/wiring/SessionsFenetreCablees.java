package fr.cellulepdp.app.wiring;

import fr.cellulepdp.app.compte.DelaiVerrouillage;
import fr.cellulepdp.app.compte.VerrouillageInactivite;
import fr.cellulepdp.app.notification.EnvoiAutomatique;
import fr.cellulepdp.app.shell.ApplicationPdp;
import fr.cellulepdp.app.shell.FenetrePrincipale;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.persistence.base.AccesBase;
import java.time.Instant;

/**
 * The window's database and sessions (decision record 0044): it holds the open {@link Services}, reopens it as the
 * account that logs in, and builds from it what the window and its session's background tasks use.
 */
public final class SessionsFenetreCablees implements ApplicationPdp.SessionsFenetre {

    private final AccesBase acces;
    private volatile Services services;
    /** The inactivity delay of the session open now, shared by its lock and its Paramètres page. */
    private volatile DelaiVerrouillage delai;

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
        return new FenetrePrincipaleCablee(services, delaiDeLaSession()::changer);
    }

    @Override
    public VerrouillageInactivite verrouillage() {
        return new VerrouillageInactivite(services.session(), services.miseEnPlace().seConnecter(),
                delaiDeLaSession()::delai, Instant::now);
    }

    /** Read from the cell once per session (a new login reads it again); then changed by Paramètres. */
    private DelaiVerrouillage delaiDeLaSession() {
        if (delai == null) {
            delai = new DelaiVerrouillage(services.cellule().map(c -> c.verrouillageMinutes()).orElse(0));
        }
        return delai;
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
        delai = null;
        if (ouverts != null) {
            ouverts.close();
        }
    }
}
