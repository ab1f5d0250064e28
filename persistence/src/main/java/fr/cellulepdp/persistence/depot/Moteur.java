package fr.cellulepdp.persistence.depot;

import java.util.Locale;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.Settings;

/** The database engines the application runs on, recognised by their JDBC URL. */
public enum Moteur {

    /** The embedded file database of a single computer. */
    H2("H2", "jdbc:h2:", SQLDialect.H2),

    /** A server shared by the clients of several computers. */
    POSTGRESQL("PostgreSQL", "jdbc:postgresql:", SQLDialect.POSTGRES);

    private final String nom;
    private final String prefixe;
    private final SQLDialect dialecte;

    Moteur(String nom, String prefixe, SQLDialect dialecte) {
        this.nom = nom;
        this.prefixe = prefixe;
        this.dialecte = dialecte;
    }

    /** The engine of a JDBC URL, or null when the application does not support it. */
    public static Moteur de(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        for (Moteur moteur : values()) {
            if (url.startsWith(moteur.prefixe)) {
                return moteur;
            }
        }
        return null;
    }

    public String nom() {
        return nom;
    }

    public SQLDialect dialecte() {
        return dialecte;
    }

    /**
     * How jOOQ writes SQL for this engine. The jOOQ classes are generated from H2, whose unquoted names are upper
     * case; PostgreSQL folds unquoted names to lower case, so its quoted names are written in lower case.
     */
    public Settings reglages() {
        Settings reglages = new Settings().withRenderSchema(false);
        return this == POSTGRESQL ? reglages.withRenderNameCase(RenderNameCase.LOWER) : reglages;
    }
}
