package fr.cellulepdp.persistence.audit;

import fr.cellulepdp.persistence.base.BaseDeDonnees;
import fr.cellulepdp.persistence.base.SurBaseTemporaire;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.audit.VerifierAudit;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hash chain on a real H2 file: intact, then each kind of tampering done with plain SQL is named (H2 only: the
 * tampering reopens the file behind the application). */
@org.junit.jupiter.api.Tag("h2")
class JournalAuditTest extends SurBaseTemporaire {

    private static final Utilisateur COORDINATRICE = new Utilisateur(null, "coordinatrice", Role.COORDINATRICE);

    @BeforeEach
    void ecrire() {
        Audit audit = new Audit(base, Horloge.fixe(Instant.parse("2026-11-23T10:00:00Z")));
        for (int i = 1; i <= 5; i++) {
            audit.noter(COORDINATRICE, "MODIFICATION", "Situation", UUID.randomUUID(), "champs : statut, issue (" + i + ")");
        }
    }

    /** A person's export reads the entries about the person's objects from an index (V39), not the whole trail. */
    @Test
    void the_entries_about_some_objects_are_read_from_their_index() {
        UUID objet = UUID.randomUUID();
        new Audit(base, Horloge.fixe(Instant.parse("2026-11-23T11:00:00Z"))).noter(COORDINATRICE, "CONSULTATION",
                "Situation", objet, "");
        fr.cellulepdp.persistence.base.PlansH2 plans = new fr.cellulepdp.persistence.base.PlansH2(base);

        assertThat(new DepotJournalAudit(plans.contexte()).parObjets(java.util.Set.of(objet)))
                .extracting(e -> e.objetId()).containsExactly(objet);
        assertThat(plans.plans("\"EVENEMENT_AUDIT\"")).hasSize(1).allSatisfy(plan -> assertThat(plan)
                .contains("IX_EVENEMENT_AUDIT_OBJET"));
    }

    @Test
    void an_untouched_trail_is_intact() {
        VerifierAudit.Resultat resultat = new VerifierAudit(base, () -> COORDINATRICE).verifier();
        assertThat(resultat.intact()).isTrue();
        assertThat(resultat.message()).isEqualTo("Journal d'audit intact : 5 entrées vérifiées, dont 0 signée par leur auteur.");
        assertThat(base.journalAudit().findAll().get(0).hashPrecedent()).isEqualTo(Audit.ORIGINE);
    }

    @Test
    void an_edited_entry_is_named() throws Exception {
        sql("UPDATE evenement_audit SET details = 'champs : statut' WHERE numero_sequence = 3");
        VerifierAudit.Resultat resultat = new VerifierAudit(base, () -> COORDINATRICE).verifier();
        assertThat(resultat.premiereRompue()).isEqualTo(3);
        assertThat(resultat.message()).isEqualTo("Journal d'audit altéré à l'entrée n° 3 : son contenu a été modifié "
                + "après son écriture.");
    }

    @Test
    void an_edited_entry_with_its_hash_recomputed_breaks_the_next_link() throws Exception {
        var troisieme = base.journalAudit().findAll().get(2);
        var falsifiee = new fr.cellulepdp.model.audit.EvenementAudit(3, troisieme.horodatage(), "autre",
                troisieme.action(), troisieme.typeObjet(), troisieme.objetId(), troisieme.details(),
                troisieme.hashPrecedent(), "");
        sql("UPDATE evenement_audit SET acteur = 'autre', hash = '" + falsifiee.hashCalcule()
                + "' WHERE numero_sequence = 3");
        assertThat(new VerifierAudit(base, () -> COORDINATRICE).verifier().premiereRompue()).isEqualTo(4);
    }

    @Test
    void a_removed_entry_is_named() throws Exception {
        sql("DELETE FROM evenement_audit WHERE numero_sequence = 2");
        VerifierAudit.Resultat resultat = new VerifierAudit(base, () -> COORDINATRICE).verifier();
        assertThat(resultat.premiereRompue()).isEqualTo(2);
        assertThat(resultat.raison()).contains("supprimée");
    }

    private void sql(String instruction) throws Exception {
        base.close();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + fichier, "sa", "");
             Statement s = c.createStatement()) {
            s.execute(instruction);
        }
        base = BaseDeDonnees.ouvrir(fichier);
    }

    @Test
    void only_the_coordinatrice_checks_the_trail() {
        Utilisateur referente = new Utilisateur(null, "referente", Role.REFERENT_SOCIAL);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new VerifierAudit(base, () -> referente).verifier())
                .hasMessageContaining("seule la coordinatrice vérifie le journal d'audit");
    }
}
