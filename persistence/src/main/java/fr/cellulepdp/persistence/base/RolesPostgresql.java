package fr.cellulepdp.persistence.base;

import fr.cellulepdp.persistence.depot.ContexteJooq;

import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.compte.AccesChiffre;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.postgresql.PGConnection;

/**
 * On a PostgreSQL server, what lets an account open the database is its own login role (decision 0034): created
 * here, in the transaction that creates the account or sets its password, as {@code identifiant@base},
 * member of the group role of the account's application role (migration V27, which GRANTs to those groups); or an
 * existing role that an administrator maps to the account ({@link #associerRoleServeur}). The role's password is the
 * account's, sent to the server as a SCRAM verifier only. Creating roles needs CREATEROLE on the connection of the
 * coordinatrice (or of the owner, for the first account).
 */
public final class RolesPostgresql implements AccesChiffre {

    static final String PREFIXE = "cellule_pdp_";

    private final ContexteJooq contexte;

    RolesPostgresql(ContexteJooq contexte) {
        this.contexte = contexte;
    }

    /** The group role of an application role, to which migration V27 gives its rights. */
    static String groupe(Role role) {
        return PREFIXE + role.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The login role the application creates for an account: {@code identifiant@base} (and {@code .schéma} when the
     * cell's tables are not in {@code public}), as login roles are the whole server's and two cells' databases, or
     * schemas, may have accounts of the same name.
     */
    String roleDe(String identifiant) {
        var ou = contexte.dsl().select(DSL.field("current_database()", String.class),
                DSL.field("current_schema()", String.class)).fetchOne();
        String role = identifiant.strip().toLowerCase(Locale.ROOT) + "@" + ou.value1()
                + ("public".equals(ou.value2()) ? "" : "." + ou.value2());
        if (role.length() > 63) {
            throw new SaisieInvalideException("identifiant", "le rôle PostgreSQL « " + role + " » dépasserait 63 "
                    + "caractères : choisissez un identifiant plus court, ou un administrateur associe au compte un "
                    + "rôle existant (commande map-db-role).");
        }
        return role;
    }

    /** A partner's role reads only the files shared with him: the server enforces it, so he may connect. */
    @Override
    public boolean partenairesAdmis() {
        return true;
    }

    @Override
    public void accorder(String identifiant, char[] motDePasse) {
        contexte.inTransaction(() -> {
            DSLContext dsl = contexte.dsl();
            Record2<String, Boolean> existant = correspondance(dsl, identifiant);
            String role;
            if (existant == null) {
                role = roleDe(identifiant);
                if (roleExiste(dsl, role)) {
                    throw new SaisieInvalideException("compte", "le rôle « " + role + " » existe déjà sur le serveur "
                            + "PostgreSQL : un administrateur l'associe au compte (commande map-db-role).");
                }
                // a coordinatrice creates the others' roles from her own connection
                dsl.execute("CREATE ROLE " + nom(role) + " LOGIN"
                        + (roleApplication(dsl, identifiant) == Role.COORDINATRICE ? " CREATEROLE" : ""));
                enregistrer(dsl, role, identifiant, true);
            } else {
                role = existant.value1();
                if (existant.value2()) {
                    dsl.execute("ALTER ROLE " + nom(role) + " LOGIN");
                }
            }
            rejoindreSonGroupe(dsl, role, identifiant);
            if (existant == null || existant.value2()) {
                // the administrator keeps the password of a role he mapped; ours gets the account's
                // the driver wipes the array it is given: a copy, as the caller still needs the password
                char[] copie = motDePasse.clone();
                dsl.connection(c -> c.unwrap(PGConnection.class).alterUserPassword(role, copie, "scram-sha-256"));
            }
            return null;
        });
    }

    @Override
    public void retirer(String identifiant) {
        contexte.inTransaction(() -> {
            DSLContext dsl = contexte.dsl();
            Record2<String, Boolean> existant = correspondance(dsl, identifiant);
            if (existant != null) {
                quitterLesGroupes(dsl, existant.value1());
                if (existant.value2()) {
                    dsl.execute("ALTER ROLE " + nom(existant.value1()) + " NOLOGIN");
                }
            }
            return null;
        });
    }

    @Override
    public boolean ouvre(String identifiant) {
        Record2<String, Boolean> existant = correspondance(contexte.dsl(), identifiant);
        return existant != null && Boolean.TRUE.equals(contexte.dsl().select(DSL.field("rolcanlogin", Boolean.class))
                .from("pg_roles").where(DSL.field("rolname").eq(existant.value1())).fetchOne(0, Boolean.class));
    }

    /**
     * Maps an account to a login role an administrator created (its password stays his business), and makes it a
     * member of the account's group role. Refused for a role already mapped to another account.
     */
    @Override
    public void associerRoleServeur(String identifiant, String role) {
        contexte.inTransaction(() -> {
            DSLContext dsl = contexte.dsl();
            if (!roleExiste(dsl, role)) {
                throw new SaisieInvalideException("rôle PostgreSQL", "le rôle « " + role + " » n'existe pas sur le "
                        + "serveur : créez-le d'abord (scripts/postgresql-roles.sql).");
            }
            String deja = dsl.select(DSL.field("identifiant", String.class)).from("role_base_compte")
                    .where(DSL.field("role_base").eq(role)).fetchOne(0, String.class);
            if (deja != null && !deja.equals(identifiant)) {
                throw new SaisieInvalideException("rôle PostgreSQL", "le rôle « " + role + " » est déjà celui du "
                        + "compte « " + deja + " ».");
            }
            Record2<String, Boolean> ancien = correspondance(dsl, identifiant);
            if (ancien != null) {
                quitterLesGroupes(dsl, ancien.value1());
                if (ancien.value2()) {
                    // the role the application had made for the account no longer opens anything
                    dsl.execute("ALTER ROLE " + nom(ancien.value1()) + " NOLOGIN");
                }
                dsl.execute("DELETE FROM role_base_compte WHERE identifiant = ?", identifiant);
            }
            enregistrer(dsl, role, identifiant, false);
            rejoindreSonGroupe(dsl, role, identifiant);
            return null;
        });
    }

    /** A role's name quoted for SQL (identifiers may hold dots and dashes). */
    private static String nom(String role) {
        return '"' + role.replace("\"", "\"\"") + '"';
    }

    private static Role roleApplication(DSLContext dsl, String identifiant) {
        return Role.valueOf(dsl.select(DSL.field("role", SQLDataType.VARCHAR)).from("compte")
                .where(DSL.field("identifiant").eq(identifiant)).fetchOne(0, String.class));
    }

    private static Record2<String, Boolean> correspondance(DSLContext dsl, String identifiant) {
        return dsl.select(DSL.field("role_base", String.class), DSL.field("cree_par_application", Boolean.class))
                .from("role_base_compte").where(DSL.field("identifiant").eq(identifiant)).fetchOne();
    }

    private static boolean roleExiste(DSLContext dsl, String role) {
        return dsl.fetchExists(DSL.selectOne().from("pg_roles").where(DSL.field("rolname").eq(role)));
    }

    private static void enregistrer(DSLContext dsl, String role, String identifiant, boolean parApplication) {
        dsl.execute("INSERT INTO role_base_compte (role_base, identifiant, cree_par_application) VALUES (?, ?, ?)",
                role, identifiant, parApplication);
    }

    /** Member of the group of the account's role only (a role changed leaves its former group). */
    private static void rejoindreSonGroupe(DSLContext dsl, String role, String identifiant) {
        Role application = roleApplication(dsl, identifiant);
        quitterLesGroupes(dsl, role);
        dsl.execute("GRANT " + nom(groupe(application)) + " TO " + nom(role));
    }

    private static void quitterLesGroupes(DSLContext dsl, String role) {
        for (Role r : Role.values()) {
            dsl.execute("REVOKE " + nom(groupe(r)) + " FROM " + nom(role));
        }
    }
}
