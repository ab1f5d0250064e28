package fr.cellulepdp.persistence.importation;

import static fr.cellulepdp.persistence.jooq.Tables.ASSURE;
import static fr.cellulepdp.persistence.jooq.Tables.SITUATION;
import static fr.cellulepdp.persistence.jooq.Tables.SITUATION_MOT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.commun.Adresse;
import fr.cellulepdp.model.importation.EcritureImport.DossierImporte;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.Consentement;
import fr.cellulepdp.model.situation.Drapeau;
import fr.cellulepdp.model.situation.Entreprise;
import fr.cellulepdp.model.situation.Nir;
import fr.cellulepdp.model.situation.Origine;
import fr.cellulepdp.model.cellule.Partenaire;
import fr.cellulepdp.model.situation.Risque;
import fr.cellulepdp.model.situation.Sexe;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.situation.StatutAssure;
import fr.cellulepdp.model.situation.StatutSituation;
import fr.cellulepdp.persistence.base.SurBaseTemporaire;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The import's JDBC batches write what the repositories write for a new person and a new file (on H2, and on
 * PostgreSQL in its run): the same objects read back, the same search text and words as the repository writes when
 * it saves the file again; in the caller's transaction.
 */
class EcritureImportJdbcTest extends SurBaseTemporaire {

    @Test
    void people_files_consents_search_text_and_words_are_those_the_repositories_write() {
        Assure connue = personne("1800158124001", "Martin", "Pierre", null);
        base.assures().save(connue);
        Assure nouvelle = personne("2850358124002", "Dupont-Lœuillet", "Hélène", new Entreprise(
                "Boulangerie d’Élise", fr.cellulepdp.model.situation.Siret.de("73282932000074")));
        Situation pourNouvelle = dossier(nouvelle, "PDP-2026-10042", Set.of(Partenaire.CAP_EMPLOI));
        Situation pourConnue = dossier(connue, "PDP-2026-10043", Set.of());

        base.ecritureImport().ecrire(List.of(new DossierImporte(pourNouvelle, nouvelle, true),
                new DossierImporte(pourConnue, connue, false)));

        assertThat(base.assures().get(nouvelle.id())).isEqualTo(versionUn(nouvelle));
        assertThat(base.assures().get(connue.id()).version()).as("a known person is not written").isEqualTo(1);
        for (Situation ecrite : List.of(pourNouvelle, pourConnue)) {
            assertThat(base.situations().get(ecrite.id())).isEqualTo(new Situation(ecrite.id(), 1,
                    ecrite.numeroDossier(), ecrite.assureId(), null, ecrite.dateSignalement(), ecrite.origine(),
                    ecrite.risque(), ecrite.debutArret(), null, ecrite.consentement(), null, null, "", "",
                    StatutSituation.OUVERTE, null, null, ""));
            Map<String, Object> avant = indexation(ecrite.id());
            // the repository deletes the file's words and writes them again from the file and its person
            base.situations().save(base.situations().get(ecrite.id()));
            assertThat(indexation(ecrite.id())).as(ecrite.numeroDossier()).isEqualTo(avant);
        }
        assertThat(mots(pourNouvelle.id())).contains("dupont-loeuillet", "loeuillet", "helene", "elise", "10042");
        assertThat(base.contexte().dsl().fetchCount(ASSURE)).isEqualTo(2);
    }

    @Test
    void the_batches_are_undone_with_the_callers_transaction() {
        Assure nouvelle = personne("2850358124002", "Durand", "Marie", null);
        Situation situation = dossier(nouvelle, "PDP-2026-0001", Set.of());

        assertThatThrownBy(() -> base.transactions().inTransaction(() -> {
            base.ecritureImport().ecrire(List.of(new DossierImporte(situation, nouvelle, true)));
            throw new IllegalStateException("panne au lot suivant");
        })).hasMessage("panne au lot suivant");

        assertThat(base.contexte().dsl().fetchCount(ASSURE)).isZero();
        assertThat(base.contexte().dsl().fetchCount(SITUATION)).isZero();
        assertThat(base.contexte().dsl().fetchCount(SITUATION_MOT)).isZero();
    }

    private Map<String, Object> indexation(UUID situation) {
        return Map.of("texte", base.contexte().dsl().select(SITUATION.TEXTE_RECHERCHE).from(SITUATION)
                        .where(SITUATION.ID.eq(situation)).fetchOne(SITUATION.TEXTE_RECHERCHE),
                "mots", Set.copyOf(base.contexte().dsl().select(SITUATION_MOT.MOT, SITUATION_MOT.DU_NUMERO)
                        .from(SITUATION_MOT).where(SITUATION_MOT.SITUATION_ID.eq(situation))
                        .fetch(r -> r.value1() + "/" + r.value2())));
    }

    private List<String> mots(UUID situation) {
        return base.contexte().dsl().select(SITUATION_MOT.MOT).from(SITUATION_MOT)
                .where(SITUATION_MOT.SITUATION_ID.eq(situation)).fetch(SITUATION_MOT.MOT);
    }

    private static Assure personne(String corps, String nom, String prenom, Entreprise employeur) {
        return new Assure(UUID.randomUUID(), 0, Nir.de(corps + Nir.calculerCle(corps)), nom, prenom,
                // born in the year and month of the NIR
                LocalDate.of(1900 + Integer.parseInt(corps.substring(1, 3)), Integer.parseInt(corps.substring(3, 5)),
                        1), corps.startsWith("1") ? Sexe.MASCULIN : Sexe.FEMININ,
                new Adresse("3 rue X", "", "58000", "Nevers"), "personne@exemple.fr", "03 86 00 00 00",
                StatutAssure.SALARIE, employeur, "");
    }

    private static Assure versionUn(Assure a) {
        return new Assure(a.id(), 1, a.nir(), a.nom(), a.prenom(), a.dateNaissance(), a.sexe(), a.adresse(),
                a.email(), a.telephone(), a.statut(), a.employeur(), a.emploi(), a.reconnaissances());
    }

    private static Situation dossier(Assure personne, String numero, Set<Partenaire> partage) {
        return new Situation(UUID.randomUUID(), 0, numero, personne.id(), null, LocalDate.of(2026, 11, 23),
                Origine.REQUETE_IJ_60J, Risque.ACCIDENT_TRAVAIL, LocalDate.of(2026, 8, 1), null,
                partage.isEmpty() ? null : new Consentement(LocalDate.of(2026, 11, 23), partage, null),
                new Drapeau(false, ""), null, "", "", StatutSituation.OUVERTE, null, null, "");
    }
}
