package fr.cellulepdp.persistence.base;

import fr.cellulepdp.persistence.depot.Moteur;

import fr.cellulepdp.model.commun.SaisieInvalideException;
import java.util.Locale;

/**
 * On a PostgreSQL server started without a database user (no {@code --db-user}, no {@code user=} in the address),
 * the account's login is the connection's (decision 0034): the application derives the account's login role
 * {@code identifiant@base} (and {@code .schéma} for {@code currentSchema=}), as {@link RolesPostgresql} names it,
 * and connects with the account's password — typed once. The account is then checked by the login use case.
 */
public final class ConnexionParCompte {

    private ConnexionParCompte() {
    }

    /** True for a server address that names no user: each account then connects as its own role. */
    static boolean parCompte(String url, String utilisateur) {
        return Moteur.de(url) == Moteur.POSTGRESQL && utilisateur == null
                && !parametres(url).toLowerCase(Locale.ROOT).matches("(^|.*&)user=.*");
    }

    /** The login role the application gives this account on the database of {@code url}. */
    static String role(String url, String identifiant) {
        String adresse = url.substring("jdbc:postgresql:".length());
        int fin = adresse.indexOf('?');
        adresse = fin < 0 ? adresse : adresse.substring(0, fin);
        String base = adresse.substring(adresse.lastIndexOf('/') + 1);
        String schema = null;
        for (String parametre : parametres(url).split("&")) {
            if (parametre.toLowerCase(Locale.ROOT).startsWith("currentschema=")) {
                schema = parametre.substring("currentSchema=".length()).split(",")[0].strip();
            }
        }
        return identifiant.strip().toLowerCase(Locale.ROOT) + "@" + base
                + (schema == null || schema.isEmpty() || "public".equals(schema) ? "" : "." + schema);
    }

    /** Opens the server as the account's role; a refused password is the login's refusal, in French. */
    static BaseDeDonnees ouvrir(String url, String identifiant, char[] motDePasse) {
        if (identifiant == null || identifiant.isBlank()) {
            throw new SaisieInvalideException("identifiant", "tapez votre identifiant.");
        }
        String role = role(url, identifiant);
        try {
            return BaseDeDonnees.ouvrirUrl(url, role, new String(motDePasse));
        } catch (BaseIndisponibleException e) {
            if (!authentificationRefusee(e)) {
                throw e;
            }
            throw new SaisieInvalideException("mot de passe", "identifiant ou mot de passe incorrect (le serveur "
                    + "PostgreSQL refuse le rôle « " + role + " »). Si la base vient d'être copiée par migrate-db, ou "
                    + "si ce compte n'a pas encore de rôle sur le serveur, la coordinatrice se connecte avec "
                    + "--db-user PROPRIÉTAIRE et donne à ce compte un nouveau mot de passe ; un rôle associé par "
                    + "l'administrateur (map-db-role) s'indique avec --db-user RÔLE.");
        }
    }

    private static boolean authentificationRefusee(Throwable erreur) {
        for (Throwable cause = erreur; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql
                    && ("28P01".equals(sql.getSQLState()) || "28000".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static String parametres(String url) {
        int debut = url.indexOf('?');
        return debut < 0 ? "" : url.substring(debut + 1);
    }
}
