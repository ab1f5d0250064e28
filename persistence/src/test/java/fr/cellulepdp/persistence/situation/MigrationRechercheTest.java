package fr.cellulepdp.persistence.situation;

import fr.cellulepdp.persistence.base.BaseDeDonnees;
import fr.cellulepdp.persistence.base.BasesDeTest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.situation.CritereSituations;
import fr.cellulepdp.model.situation.ListerSituations;
import fr.cellulepdp.model.situation.ResumeSituation;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database written before accent folding (schema version 2) is searchable without accents once reopened; one
 * written before the search words (version 26) gets the words of its files from migration 30.1, each with its
 * file's sort key from migration 36.1.
 */
class MigrationRechercheTest {

    @TempDir
    Path dossier;

    @Test
    void rows_written_with_accents_are_folded_by_the_migration() throws SQLException {
        BasesDeTest.Acces acces = BasesDeTest.acces(dossier.resolve("ancienne")).migreeJusqua("2");
        try (Connection connexion = acces.connexion();
             Statement sql = connexion.createStatement()) {
            sql.execute("INSERT INTO assure (id, version, nir, nom, prenom, adresse_ligne1, adresse_ligne2, "
                    + "code_postal, ville, email, telephone, statut, emploi) VALUES "
                    + "('00000000-0000-0000-0000-000000000001', 0, '269054958815780', 'Lœuillet', 'Hélène', "
                    + "'', '', '', '', '', '', 'SALARIE', '')");
            sql.execute("INSERT INTO situation (id, version, numero_dossier, assure_id, date_signalement, origine, "
                    + "risque, urgent, urgent_motif, complexe, complexe_motif, notes_sociales, avis_medical, statut, "
                    + "texte_recherche) VALUES ('00000000-0000-0000-0000-000000000002', 0, 'PDP-2025-0001', "
                    + "'00000000-0000-0000-0000-000000000001', DATE '2025-03-01', 'SERVICE_MEDICAL', 'MALADIE', "
                    + "FALSE, '', FALSE, '', '', '', 'OUVERTE', 'pdp-2025-0001 lœuillet hélène hélène lœuillet')");
        }

        try (BaseDeDonnees base = BasesDeTest.ouvrir(dossier.resolve("ancienne"))) {
            CritereSituations critere = new CritereSituations("helene loeuillet", true, null, null, null, null, null,
                    null, false, 0, 10);
            assertThat(new ListerSituations(base, () -> new Utilisateur(null, "c", Role.COORDINATRICE)).rechercher(critere)
                    .lignes()).extracting(ResumeSituation::numeroDossier).containsExactly("PDP-2025-0001");
        }
    }

    @Test
    void files_written_before_the_search_words_get_them_from_the_migration() throws SQLException {
        BasesDeTest.Acces acces = BasesDeTest.acces(dossier.resolve("v26")).migreeJusqua("26");
        try (Connection connexion = acces.connexion();
             Statement sql = connexion.createStatement()) {
            BasesDeTest.insererAssureAncien(sql, "Hélène");
            sql.execute("UPDATE assure SET nom = 'Lœuillet', employeur_nom = 'Métallerie Dupont'");
            BasesDeTest.insererSituationAncienne(sql);
        }

        try (BaseDeDonnees base = BasesDeTest.ouvrir(dossier.resolve("v26"))) {
            Utilisateur coordinatrice = new Utilisateur(null, "c", Role.COORDINATRICE);
            for (String recherche : List.of("metallerie helene", "LOEUIL dup", "7", "2025-0007")) {
                CritereSituations critere = new CritereSituations(recherche, true, null, null, null, null, null,
                        null, false, 0, 10);
                assertThat(new ListerSituations(base, () -> coordinatrice).rechercher(critere).lignes()).as(recherche)
                        .extracting(ResumeSituation::numeroDossier).containsExactly("PDP-2025-0007");
            }
            // 36.1: every word carries its file's sort key, the order the search walks them in
            assertThat(base.contexte().dsl().select(fr.cellulepdp.persistence.jooq.Tables.SITUATION_MOT.NUMERO_TRI)
                    .from(fr.cellulepdp.persistence.jooq.Tables.SITUATION_MOT)
                    .fetch(fr.cellulepdp.persistence.jooq.Tables.SITUATION_MOT.NUMERO_TRI))
                    .hasSizeGreaterThan(5).containsOnly("PDP-2025-000000000007");
        }
    }
}
