package fr.cellulepdp.persistence.base;

import fr.cellulepdp.persistence.indicateur.V35__JournalIndicateurs;
import fr.cellulepdp.persistence.situation.V30_1__RemplirMotsRecherche;
import fr.cellulepdp.persistence.situation.V36_1__RangerMotsParNumero;
import fr.cellulepdp.persistence.suivi.V41_1__DerniersRappelsDesSuivis;
import java.util.Set;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * The migrations written in Java, which Flyway is given as objects (they are not scripts in db/migration), and
 * their versions as text, so that {@link SchemaAJour} can tell an up-to-date file without loading Flyway.
 */
final class MigrationsJava {

    /** The versions of {@link #toutes()}, as Flyway writes them in its history. */
    static final Set<String> VERSIONS = Set.of("30.1", "35", "36.1", "41.1");

    /** Those that rewrite a great many rows, after which an H2 file is compacted (35 only makes a table). */
    static final Set<String> A_COMPACTER = Set.of("30.1", "36.1");

    private MigrationsJava() {
    }

    static JavaMigration[] toutes() {
        return new JavaMigration[] {new V30_1__RemplirMotsRecherche(), new V35__JournalIndicateurs(),
                new V36_1__RangerMotsParNumero(), new V41_1__DerniersRappelsDesSuivis()};
    }
}
