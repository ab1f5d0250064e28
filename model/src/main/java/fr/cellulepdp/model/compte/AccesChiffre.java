package fr.cellulepdp.model.compte;

/**
 * Port: the key of the encrypted database, kept wrapped once per account with that account's password, so that
 * the file opens only for someone who knows a password. A server database (PostgreSQL) keeps no such key: its
 * encryption at rest belongs to the server.
 */
public interface AccesChiffre {

    /** Nothing to wrap: a server database, or a file not encrypted yet. */
    AccesChiffre AUCUN = new AccesChiffre() {
        @Override
        public void accorder(String identifiant, char[] motDePasse) {
            // no key to wrap
        }

        @Override
        public void retirer(String identifiant) {
            // no key to withdraw
        }

        @Override
        public boolean ouvre(String identifiant) {
            return true;
        }
    };

    /** Lets {@code identifiant} open the database with {@code motDePasse} (replacing its former password). */
    void accorder(String identifiant, char[] motDePasse);

    /** The account can no longer open the database (disabled); a new password given later restores it. */
    void retirer(String identifiant);

    /**
     * True when a partner's password may open the database: a server that enforces his rights itself (PostgreSQL's
     * row-level security); never the embedded file, where whoever opens it reads every file in clear.
     */
    default boolean partenairesAdmis() {
        return false;
    }

    /**
     * On a server: the account connects from now on as {@code roleServeur}, a login role an administrator created
     * (decision 0034). The embedded file has no such roles.
     */
    default void associerRoleServeur(String identifiant, String roleServeur) {
        throw new fr.cellulepdp.model.commun.SaisieInvalideException("--db-role", "une base embarquée (fichier H2) "
                + "n’a pas de rôles de serveur : l’association vaut pour une base PostgreSQL seulement.");
    }

    /** True when this account's password opens the database (false: the coordinatrice must give a new one). */
    boolean ouvre(String identifiant);
}
