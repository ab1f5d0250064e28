package fr.cellulepdp.persistence.mesure;

import fr.cellulepdp.persistence.base.BaseDeDonnees;
import fr.cellulepdp.persistence.base.BasesDeTest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.mesure.AccordMedical;
import fr.cellulepdp.model.mesure.ConditionEligibilite;
import fr.cellulepdp.model.mesure.RegleMesure;
import fr.cellulepdp.model.mesure.TypeMesure;
import fr.cellulepdp.model.situation.Reconnaissances;
import fr.cellulepdp.model.situation.StatutAssure;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalogue stored before the seeds' eligibility rules (schema version 21) gets them where the cell had left the
 * old defaults, keeps a rule the cell had changed, and its people read back with nothing recognised.
 */
class MigrationEligibiliteTest {

    @TempDir
    Path dossier;

    @Test
    void the_old_defaults_take_the_seeds_rules_and_a_rule_the_cell_changed_is_kept() throws SQLException {
        BasesDeTest.Acces acces = BasesDeTest.acces(dossier.resolve("ancienne")).migreeJusqua("21");
        try (Connection connexion = acces.connexion();
             Statement sql = connexion.createStatement()) {
            BasesDeTest.insererAssureAncien(sql, "Anne");
            String colonnes = "INSERT INTO regle_mesure (mesure, unite, accords_requis, statuts_eligibles, "
                    + "suivi_seulement, reference) VALUES ";
            sql.execute(colonnes + "('ESSAI_ENCADRE', 'JOURS_OUVRABLES', "
                    + "'MEDECIN_TRAITANT,MEDECIN_CONSEIL,MEDECIN_TRAVAIL', '', FALSE, 'ancienne')");
            sql.execute(colonnes + "('CRPE', 'MOIS', '', '', FALSE, 'ancienne')");
            sql.execute(colonnes + "('TEMPS_PARTIEL_THERAPEUTIQUE', 'MOIS', 'MEDECIN_TRAITANT', '', TRUE, 'ancienne')");
            // a rule the cell had set itself
            sql.execute(colonnes + "('PMSMP', 'MOIS', '', 'DEMANDEUR_EMPLOI', FALSE, 'réglée par la cellule')");
        }

        try (BaseDeDonnees base = BasesDeTest.ouvrir(dossier.resolve("ancienne"))) {
            Map<TypeMesure, RegleMesure> regles = base.catalogueMesures().findAll().stream()
                    .collect(Collectors.toMap(RegleMesure::mesure, Function.identity()));
            assertThat(regles.get(TypeMesure.ESSAI_ENCADRE).statutsEligibles())
                    .containsExactlyInAnyOrder(StatutAssure.SALARIE, StatutAssure.INVALIDE_EN_ACTIVITE);
            assertThat(regles.get(TypeMesure.CRPE).statutsEligibles())
                    .containsExactlyInAnyOrder(StatutAssure.SALARIE, StatutAssure.INVALIDE_EN_ACTIVITE);
            assertThat(regles.get(TypeMesure.CRPE).conditionsEligibilite())
                    .containsExactlyInAnyOrder(ConditionEligibilite.values());
            assertThat(regles.get(TypeMesure.TEMPS_PARTIEL_THERAPEUTIQUE).accordsRequis())
                    .containsExactlyInAnyOrder(AccordMedical.values());
            assertThat(regles.get(TypeMesure.PMSMP).statutsEligibles()).containsExactly(StatutAssure.DEMANDEUR_EMPLOI);
            assertThat(regles.get(TypeMesure.PMSMP).conditionsEligibilite()).isEmpty();
            assertThat(base.assures().get(UUID.fromString("00000000-0000-0000-0000-000000000001")).reconnaissances())
                    .isEqualTo(Reconnaissances.AUCUNE);
        }
    }
}
