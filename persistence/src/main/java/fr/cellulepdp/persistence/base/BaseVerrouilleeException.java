package fr.cellulepdp.persistence.base;

import java.nio.file.Path;

/** The database file is encrypted and opens only with the login and password of one of its accounts. */
public final class BaseVerrouilleeException extends BaseIndisponibleException {

    public BaseVerrouilleeException(Path fichier) {
        super("La base « " + fichier + " » est chiffrée : elle s'ouvre avec l'identifiant et le mot de passe d'un "
                + "compte (en ligne de commande : --user IDENTIFIANT et la variable PDP_PASSWORD).", null);
    }
}
