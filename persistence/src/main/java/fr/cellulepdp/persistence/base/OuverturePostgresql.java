package fr.cellulepdp.persistence.base;

import fr.cellulepdp.persistence.depot.Moteur;
import fr.cellulepdp.model.compte.AccesChiffre;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;

/**
 * Opening a PostgreSQL server: the pool, TLS as the connection settings require it, the migrations (common and
 * the server's roles), and the French message for each way a server refuses.
 */
final class OuverturePostgresql {

    static final String PREFIXE_DESCRIPTION = "PostgreSQL : ";

    private OuverturePostgresql() {
    }

    /**
     * A few connections per client are plenty (one for the window, one for the background sender, one for a
     * refresh); a server that does not answer is reported after a few seconds rather than freezing the start.
     */
    static BaseDeDonnees ouvrirPostgresql(String jdbcUrl, String utilisateur, String motDePasse,
                                                 String description) {
        return ouvrirPostgresql(jdbcUrl, utilisateur, motDePasse, description, new TlsPostgresql());
    }

    /** @param tls the TLS rule (the tests give one that treats no host as local) */
    static BaseDeDonnees ouvrirPostgresql(String jdbcUrl, String utilisateur, String motDePasse, String description,
                                          TlsPostgresql tls) {
        HikariConfig reglages = new HikariConfig();
        tls.proprietes(jdbcUrl).forEach((cle, valeur) -> reglages.addDataSourceProperty((String) cle, valeur));
        reglages.setPoolName("cellule-pdp");
        reglages.setJdbcUrl(jdbcUrl);
        reglages.setUsername(utilisateur);
        reglages.setPassword(motDePasse);
        reglages.setMaximumPoolSize(4);
        reglages.setMinimumIdle(1);
        reglages.setConnectionTimeout(10_000);
        reglages.addDataSourceProperty("connectTimeout", "5");
        reglages.addDataSourceProperty("ApplicationName", "Cellule PDP");
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(reglages);
        } catch (RuntimeException e) {
            throw new BaseIndisponibleException(messagePostgresql(description, utilisateur, e), e);
        }
        try {
            migrerPostgresql(pool);
        } catch (FlywayException e) {
            pool.close();
            throw new BaseIndisponibleException(messagePostgresql(description, utilisateur, e), e);
        }
        return new BaseDeDonnees(pool, pool::close, Moteur.POSTGRESQL, jdbcUrl, description, AccesChiffre.AUCUN);
    }

    /** A server's migrations: the common ones, and its roles and row-level security (db/postgresql, V27). */
    static void migrerPostgresql(DataSource pool) {
        Flyway.configure().dataSource(pool).locations("classpath:db/migration", "classpath:db/postgresql")
                .javaMigrations(MigrationsJava.toutes()).load().migrate();
    }

    /** What the status bar shows for a server: the URL without its parameters (a password may be there). */
    static String descriptionPostgresql(String jdbcUrl, String utilisateur) {
        int parametres = jdbcUrl.indexOf('?');
        String adresse = parametres < 0 ? jdbcUrl : jdbcUrl.substring(0, parametres);
        String serveur = adresse.substring("jdbc:postgresql:".length());
        return PREFIXE_DESCRIPTION + (serveur.startsWith("//") ? serveur.substring(2) : serveur)
                + (utilisateur == null || utilisateur.isBlank() ? "" : " (" + utilisateur + ")");
    }

    /** The French message for a server that cannot be used, from the SQL state of the driver's error. */
    static String messagePostgresql(String description, String utilisateur, Throwable erreur) {
        java.sql.SQLException sql = null;
        for (Throwable cause = erreur; cause != null && sql == null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException e) {
                sql = e;
            }
        }
        String etat = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        String detail = sql != null ? sql.getMessage() : String.valueOf(erreur.getMessage());
        String qui = utilisateur == null || utilisateur.isBlank() ? "l'utilisateur indiqué" : "« " + utilisateur + " »";
        String serveur = description.startsWith(PREFIXE_DESCRIPTION)
                ? description.substring(PREFIXE_DESCRIPTION.length()) : description;
        if (etat.equals("28P01") || etat.equals("28000")) {
            return "Le serveur PostgreSQL (" + serveur + ") refuse la connexion de " + qui
                    + " : identifiant ou mot de passe incorrect, ou accès non autorisé depuis ce poste. Vérifiez "
                    + "--db-user et le mot de passe (variable PDP_DB_PASSWORD).";
        }
        if (etat.equals("3D000")) {
            return "La base indiquée n'existe pas sur le serveur PostgreSQL (" + serveur + ") : faites-la créer "
                    + "par l'administrateur (CREATE DATABASE), ou corrigez l'adresse.";
        }
        String tls = messageTls(serveur, detail);
        if (tls != null) {
            return tls;
        }
        if (etat.startsWith("08") || etat.equals("57P03")) {
            return "Le serveur PostgreSQL (" + serveur + ") ne répond pas : vérifiez l'adresse et le port, que "
                    + "le serveur est démarré et que ce poste peut le joindre (réseau, pare-feu). Détail : " + detail;
        }
        if (etat.equals("42501")) {
            return "L'utilisateur " + qui + " n'a pas le droit de créer ou de modifier les tables sur le serveur "
                    + "PostgreSQL (" + serveur + ") : il doit être propriétaire de la base ou du schéma.";
        }
        return "La base de données (" + description + ") ne peut pas être ouverte ou mise à jour : " + detail;
    }

    /** The French message for a TLS failure (the driver gives no SQL state of its own for them), else null. */
    static String messageTls(String serveur, String detail) {
        String texte = detail == null ? "" : detail;
        if (texte.contains("could not be verified")) {
            return "Le certificat du serveur PostgreSQL (" + serveur + ") ne porte pas le nom de l'adresse indiquée : "
                    + "connexion refusée, le serveur n'est peut-être pas celui qu'il prétend être. Utilisez le nom "
                    + "inscrit dans son certificat, ou faites corriger le certificat par l'administrateur.";
        }
        if (texte.contains("PKIX") || texte.contains("certificate") || texte.contains("SSL error")) {
            return "Le certificat du serveur PostgreSQL (" + serveur + ") n'a pas pu être vérifié : indiquez le "
                    + "certificat de l'autorité qui l'a signé dans l'adresse (sslrootcert=CHEMIN). Détail : " + texte;
        }
        if (texte.contains("does not support SSL")) {
            return "Le serveur PostgreSQL (" + serveur + ") n'accepte pas les connexions chiffrées (TLS) : "
                    + "l'administrateur doit l'activer (ssl = on) avant que ce poste s'y connecte.";
        }
        return null;
    }
}
