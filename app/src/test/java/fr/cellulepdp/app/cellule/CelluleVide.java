package fr.cellulepdp.app.cellule;

import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import java.nio.file.Path;
import java.time.Instant;

/** A new, empty database whose coordinatrice has just created her account, as on the first start. */
public final class CelluleVide {

    public static final Horloge HORLOGE = Horloge.fixe(Instant.parse("2026-12-03T09:00:00Z"));
    public static final String IDENTIFIANT = "claire.dumont";
    public static final String MOT_DE_PASSE = "Cellule-Nevers-2026!";

    private CelluleVide() {
    }

    public static Services ouvrir(Path dossier) {
        Services services = Services.ouvrir(dossier.resolve("cellule"), HORLOGE);
        Utilisateur coordinatrice = services.miseEnPlace().gererComptes().creerPremierPourLaCoordinatrice(IDENTIFIANT,
                MOT_DE_PASSE.toCharArray(), MOT_DE_PASSE.toCharArray()).utilisateur();
        services.connecter(coordinatrice);
        return services;
    }

    /** Types a complete, valid cell in the form. */
    public static void saisir(ModeleCellule cellule) {
        cellule.nomProperty().set("Cellule locale PDP de la Nièvre");
        cellule.cpamProperty().set("CPAM de la Nièvre");
        cellule.adresse1Property().set("7 rue de la Préfecture");
        cellule.codePostalProperty().set("58000");
        cellule.villeProperty().set("Nevers");
        cellule.telephoneProperty().set("03 86 21 00 00");
        cellule.emailProperty().set("cellule.pdp@cpam58.exemple.fr");
        cellule.villeSignatureProperty().set("Nevers");
        cellule.signatairePrenomProperty().set("Bertrand");
        cellule.signataireNomProperty().set("Lemoine");
        cellule.signataireFonctionProperty().set("Directeur de la CPAM de la Nièvre");
        cellule.signataireDelegationProperty().set("Pour le directeur et par délégation");
    }
}
